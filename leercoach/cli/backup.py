"""``leercoach backup``, ``leercoach backups list`` and ``leercoach restore``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from leercoach.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    Subcommands,
    UsageError,
    db_path,
    to_json,
)


def register(commands: Subcommands) -> None:
    backup = commands.add_parser("backup", help="write a checked copy of the database")
    backup.add_argument(
        "--to", type=Path, metavar="FOLDER", help="folder to write to (default: the backups folder)"
    )
    backup.set_defaults(handler=run_backup)
    backups = commands.add_parser("backups", help="the backups that exist")
    actions = backups.add_subparsers(dest="backups_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the backups, newest first, with date and size")
    listing.add_argument(
        "--in", dest="folder", type=Path, metavar="FOLDER", help="default: the backups folder"
    )
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_backups)
    restore = commands.add_parser(
        "restore", help="put a backup in place of the database (the current one is kept aside)"
    )
    restore.add_argument("backup", type=Path, help="the backup file")
    restore.set_defaults(handler=run_restore)


def human_size(size: int) -> str:
    """1023 bytes, 4.0 KB, 2.5 MB: what a file manager shows."""
    if size < 1024:
        return f"{size} bytes"
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            break
    return f"{value:.1f} {unit}"


def run_backup(args: argparse.Namespace) -> int:
    from leercoach.store.backup import default_backups_dir, make_backup, thin_backups

    source = db_path(args)
    if not source.is_file():
        raise UsageError(f"{source} does not exist; there is nothing to back up")
    from leercoach.cli.common import access

    folder = args.to.expanduser() if args.to else default_backups_dir()
    # An encrypted database is backed up encrypted, with its own key.
    made = make_backup(access(source), folder)
    print(f"{made.path}  {human_size(made.size)}")
    # Only our own folder is thinned: a folder given with --to is the user's to manage.
    if args.to is None:
        removed = thin_backups(folder, made.created)
        if removed:
            print(f"removed {len(removed)} older backups (kept one per day, week and month)")
    return EXIT_OK


def list_backups(args: argparse.Namespace) -> int:
    from leercoach.store.backup import backups_dir
    from leercoach.store.backup import list_backups as find_backups

    # Looking creates nothing: not the backups folder either.
    folder = args.folder.expanduser() if args.folder else backups_dir()
    found = find_backups(folder)
    if args.json:
        print(to_json([{"path": b.path, "created": b.created, "size": b.size} for b in found]))
        return EXIT_OK
    if not found:
        print(f"no backups in {folder}")
        return EXIT_OK
    for backup in found:
        print(f"{backup.created:%Y-%m-%d %H:%M:%S}  {human_size(backup.size):>10}  {backup.path}")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    from leercoach.cli.common import passphrase
    from leercoach.store.crypto import needs_passphrase
    from leercoach.store.restore import RestoreRefusedError, restore_backup

    target = db_path(args)
    backup = args.backup.expanduser()
    secret = passphrase(backup) if needs_passphrase(backup) else None
    try:
        replaced = restore_backup(backup, target, passphrase=secret)
    except RestoreRefusedError as error:
        print(f"leercoach: nothing restored: {error}", file=sys.stderr)
        return EXIT_USAGE
    print(f"restored {args.backup} to {target}")
    if replaced is not None:
        print(f"the database it replaced is kept as {replaced}")
    return EXIT_OK
