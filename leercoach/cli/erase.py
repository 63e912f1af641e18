"""``leercoach erase employee``: the right to erasure, from the database and its backups."""

from __future__ import annotations

import argparse
import sys

from leercoach.cli.common import EXIT_OK, EXIT_USAGE, Subcommands, open_store


def register(commands: Subcommands) -> None:
    erase = commands.add_parser("erase", help="erase a person for good (GDPR right to erasure)")
    kinds = erase.add_subparsers(dest="erase_command", metavar="WHAT", required=True)
    person = kinds.add_parser(
        "employee",
        help="one person and everything about them",
        description=(
            "Erase one person and every conversation, answer, action, goal and note about "
            "them, and rewrite the file so the text is gone from the disk. Backups made "
            "earlier still hold them until they are thinned out, unless --backups is given."
        ),
    )
    person.add_argument("id", help="the id, or its first characters")
    person.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    person.add_argument("--backups", action="store_true", help="also erase them from backups")
    person.set_defaults(handler=erase_employee)


def erase_employee(args: argparse.Namespace) -> int:
    from leercoach.cli.employees import resolve
    from leercoach.store.backup import default_backups_dir
    from leercoach.store.privacy import erase_from_backups, erase_person

    with open_store(args) as store:
        person = resolve(store, args.id)
        if not args.yes:
            if not sys.stdin.isatty():
                print(
                    f"leercoach: refusing to erase {person.name} without --yes "
                    "(no terminal to ask for confirmation)",
                    file=sys.stderr,
                )
                return EXIT_USAGE
            answer = input(f"Erase {person.name} and everything about them for good? [y/N] ")
            if answer.strip().lower() not in ("y", "yes", "j", "ja"):
                print("nothing erased")
                return EXIT_OK
        erase_person(store, person.id)
        access = store.access
    print(f"erased {person.name} ({person.id})")
    if args.backups:
        changed = erase_from_backups(default_backups_dir(), person.id, access)
        print(f"erased from {len(changed)} backup(s)")
    else:
        print(
            "backups made earlier still hold this person until they are thinned out; "
            "add --backups to erase them there too"
        )
    return EXIT_OK
