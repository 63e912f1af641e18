"""``leercoach erase employee``: the right to erasure, and nothing said that is not true.

Exit 0 only when the person is gone from the database file, its WAL and every copy
leercoach made that was asked for; backups not asked for that still hold them are
named. Any file that could not be reached is named with the reason, and the exit is 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from leercoach.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    Subcommands,
    UsageError,
    open_store,
)
from leercoach.language import N_, _

OWN_COPIES = N_(
    "Copies you made yourself with `backup --to` are not changed; erase or delete those."
)


def register(commands: Subcommands) -> None:
    erase = commands.add_parser("erase", help=_("erase a person for good (GDPR right to erasure)"))
    kinds = erase.add_subparsers(dest="erase_command", metavar="WHAT", required=True)
    person = kinds.add_parser(
        "employee",
        help=_("one person and everything about them"),
        description=_(
            "Erase one person and every conversation, answer, action, goal and note about "
            "them, rewrite the file so the text is gone from the disk, and erase them from "
            "the copies leercoach made (a database a restore set aside, a damaged file set "
            "aside, unfinished copies of an interrupted backup). Backups still hold them "
            "until they are thinned out, unless --backups is given. Running it again with "
            "the same id finishes an erasure that could not finish."
        ),
    )
    person.add_argument("id", help=_("the id, or its first characters"))
    person.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    person.add_argument("--backups", action="store_true", help=_("also erase them from backups"))
    person.set_defaults(handler=erase_employee)


def erase_employee(args: argparse.Namespace) -> int:
    from leercoach.cli.employees import resolve
    from leercoach.trust.backup import backups_dir
    from leercoach.trust.erasure import erase_person, pending_erasures, resume_pending

    with open_store(args) as store:
        pending = [i for i in pending_erasures(store) if i.startswith(args.id.strip().lower())]
        if pending and len(args.id.strip()) >= 4:
            # Deleted before, but a reader kept the file from being rewritten: finish it.
            report = resume_pending(store, backups_dir(), include_backups=args.backups)
            assert report is not None
            return _tell(report, args.backups, _("the erasure of {id}", id=pending[0]))
        person = resolve(store, args.id)
        if not args.yes and not _confirmed(person.name):
            print(_("nothing erased"))
            return EXIT_OK
        report = erase_person(store, person.id, backups_dir(), include_backups=args.backups)
    return _tell(report, args.backups, f"{person.name} ({person.id})")


def _confirmed(name: str) -> bool:
    if not sys.stdin.isatty():
        raise UsageError(
            _(
                "refusing to erase {name} without --yes (no terminal to ask for confirmation)",
                name=name,
            )
        )
    answer = input(_("Erase {name} and everything about them for good? [y/N] ", name=name))
    return answer.strip().lower() in ("y", "yes", "j", "ja")


# A whole sentence per kind of copy (CopyKind's values), so a language words each its own way.
ERASED_FROM = {
    "backup": N_("erased from backup {path}"),
    "replaced": N_("erased from database set aside by a restore {path}"),
    "damaged": N_("erased from damaged database set aside {path}"),
}


def _tell(report: object, backups: bool, who: str) -> int:
    from leercoach.trust.erasure import ErasureReport

    assert isinstance(report, ErasureReport)
    if report.database_clean:
        print(
            _(
                "erased {who} from {path} (the file is rewritten, its WAL empty)",
                who=who,
                path=report.database,
            )
        )
    for copy in report.changed:
        print(_(ERASED_FROM[copy.kind.value], path=copy.path))
    for path in report.removed:
        print(_("removed the unfinished copy {path}", path=path))
    for path in report.logs_scrubbed:
        print(_("removed the lines about them from the log {path}", path=path))
    if backups:
        print(_(OWN_COPIES))
    elif report.still_holding:
        print(
            _(
                "these backups still hold them until they are thinned out (add --backups to "
                "erase them there too): {paths}",
                paths=", ".join(str(path) for path in report.still_holding),
            )
        )
        print(_(OWN_COPIES))
    else:
        print(_("no backup holds them.") + " " + _(OWN_COPIES))
    if report.complete:
        return EXIT_OK
    if not report.database_clean:
        _complain(
            report.database,
            _(
                "another program is reading the database, so its old pages stay in the file; "
                "close that program and run this command again with the same id"
            ),
        )
    for unreached in report.unreached:
        _complain(unreached.path, unreached.reason)
    print(
        "leercoach: "
        + _("{who} is NOT erased everywhere: the files above may still hold them", who=who),
        file=sys.stderr,
    )
    return EXIT_FAILURE


def _complain(path: Path, reason: str) -> None:
    print(
        "leercoach: " + _("{path} may still hold them: {reason}", path=path, reason=reason),
        file=sys.stderr,
    )


__all__ = ["EXIT_USAGE", "register"]
