"""``leercoach backup``, ``leercoach backups list`` and ``leercoach restore``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from leercoach.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    Subcommands,
    UsageError,
    db_path,
    json_help,
)
from leercoach.jsontext import to_json
from leercoach.language import _, ngettext
from leercoach.vocabulary import label

if TYPE_CHECKING:
    from leercoach.trust.rekey import RekeyReport


def register(commands: Subcommands) -> None:
    backup = commands.add_parser("backup", help=_("write a checked copy of the database"))
    backup.add_argument(
        "--to",
        type=Path,
        metavar="FOLDER",
        help=_("folder to write to (default: the backups folder)"),
    )
    backup.set_defaults(handler=run_backup)
    backups = commands.add_parser("backups", help=_("the backups that exist"))
    actions = backups.add_subparsers(dest="backups_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=_("the backups, newest first, with date and size"))
    listing.add_argument(
        "--in", dest="folder", type=Path, metavar="FOLDER", help=_("default: the backups folder")
    )
    listing.add_argument("--json", action="store_true", help=json_help())
    listing.set_defaults(handler=list_backups)
    rekey = actions.add_parser(
        "rekey",
        help=_("give backups made under an earlier passphrase the current one"),
        description=_(
            "change-passphrase re-keys the backups itself; this finishes the job when it was "
            "interrupted. The earlier passphrase comes from LEERCOACH_OLD_PASSPHRASE or a "
            "prompt, the current one from LEERCOACH_PASSPHRASE or a prompt."
        ),
    )
    rekey.set_defaults(handler=rekey_backups)
    restore = commands.add_parser(
        "restore", help=_("put a backup in place of the database (the current one is kept aside)")
    )
    restore.add_argument("backup", type=Path, help=_("the backup file"))
    restore.set_defaults(handler=run_restore)


def human_size(size: int) -> str:
    """1023 bytes, 4.0 KB, 2.5 MB: what a file manager shows."""
    if size < 1024:
        return ngettext("{n} byte", "{n} bytes", size)
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            break
    return f"{value:.1f} {unit}"


def run_backup(args: argparse.Namespace) -> int:
    from leercoach.trust.backup import default_backups_dir, make_backup, thin_backups

    source = db_path(args)
    if not source.is_file():
        raise UsageError(_("{path} does not exist; there is nothing to back up", path=source))
    from leercoach.cli.common import access

    folder = args.to.expanduser() if args.to else default_backups_dir()
    # An encrypted database is backed up encrypted, with its own key.
    made = make_backup(access(source), folder)
    print(f"{made.path}  {human_size(made.size)}")
    # Only our own folder is thinned: a folder given with --to is the user's to manage.
    if args.to is None:
        removed = thin_backups(folder, made.created)
        if removed:
            print(
                ngettext(
                    "removed {n} older backup (kept one per day, week and month)",
                    "removed {n} older backups (kept one per day, week and month)",
                    len(removed),
                )
            )
    return EXIT_OK


def list_backups(args: argparse.Namespace) -> int:
    from leercoach.trust.backup import backups_dir
    from leercoach.trust.backup import list_backups as find_backups
    from leercoach.trust.rekey import key_state

    # Looking creates nothing: not the backups folder either.
    folder = args.folder.expanduser() if args.folder else backups_dir()
    found = find_backups(folder)
    database = db_path(args)
    states = {b.path: key_state(b.path, database) for b in found}
    if args.json:
        listing = [
            {"path": b.path, "created": b.created, "size": b.size, "passphrase": states[b.path]}
            for b in found
        ]
        print(to_json(listing))
        return EXIT_OK
    if not found:
        print(_("no backups in {folder}", folder=folder))
        return EXIT_OK
    for backup in found:
        state = label(states[backup.path])
        print(
            f"{backup.created:%Y-%m-%d %H:%M:%S}  {human_size(backup.size):>10}  {state:<20}"
            f"  {backup.path}"
        )
    return EXIT_OK


def rekey_backups(args: argparse.Namespace) -> int:
    from leercoach.cli.common import OLD_PASSPHRASE_ENV, passphrase
    from leercoach.store import crypto
    from leercoach.store.access import Access
    from leercoach.trust.backup import backups_dir
    from leercoach.trust.rekey import rekey_from

    database = db_path(args)
    if not crypto.is_encrypted(database):
        raise UsageError(
            _("{path} is not encrypted; its backups need no passphrase", path=database)
        )
    current = Access.unlock(database, passphrase(database))
    earlier = passphrase(database, OLD_PASSPHRASE_ENV, _("The earlier passphrase"))
    report = rekey_from(current, earlier, backups_dir(), show_progress)
    tell_rekeyed(report)
    return EXIT_FAILURE if report.failed else EXIT_OK


def tell_rekeyed(report: RekeyReport) -> None:
    print(
        ngettext(
            "re-keyed {n} copy to the current passphrase",
            "re-keyed {n} copies to the current passphrase",
            len(report.rekeyed),
        )
    )
    if report.already:
        print(ngettext("{n} already had it", "{n} already had it", len(report.already)))
    for path, reason in report.failed:
        print(
            "leercoach: "
            + _(
                "{path} could not be re-keyed and still needs the earlier passphrase: {reason}",
                path=path,
                reason=reason,
            ),
            file=sys.stderr,
        )


def show_progress(done: int, total: int) -> bool:
    if sys.stderr.isatty():
        end = "\n" if done >= total else ""
        shown = _("re-keyed {done} of {total}", done=done, total=total)
        print(f"\r{shown}", end=end, file=sys.stderr, flush=True)
    return True


def run_restore(args: argparse.Namespace) -> int:
    from leercoach.cli.common import passphrase
    from leercoach.store.crypto import needs_passphrase
    from leercoach.trust.restore import RestoreRefusedError, restore_backup

    target = db_path(args)
    backup = args.backup.expanduser()
    secret = passphrase(backup) if needs_passphrase(backup) else None
    try:
        replaced = restore_backup(backup, target, passphrase=secret)
    except RestoreRefusedError as error:
        print("leercoach: " + _("nothing restored: {reason}", reason=error), file=sys.stderr)
        return EXIT_USAGE
    print(_("restored {backup} to {path}", backup=args.backup, path=target))
    if replaced is not None:
        print(_("the database it replaced is kept as {path}", path=replaced))
    return EXIT_OK
