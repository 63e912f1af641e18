"""``leercoach calendar``: the planned talks and the due dates as a calendar file (ICS)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from leercoach.cli.common import EXIT_OK, Subcommands, UsageError, library, open_store
from leercoach.language import _, ngettext


def register(commands: Subcommands) -> None:
    calendar = commands.add_parser(
        "calendar",
        help=_("the planned talks and due dates as a calendar file (ICS)"),
        description=_(
            "Write the planned talks, the next talks the rhythm gives and the due dates of "
            "agreed actions and goals as an ICS file to import into a calendar. Each item "
            "keeps its UID, so a later export updates the same events; what is no longer "
            "planned stays 30 days, cancelled. An earlier calendar file is replaced; the "
            "database, leercoach's own files and any file that is not a calendar never are."
        ),
    )
    calendar.add_argument(
        "--out", required=True, type=Path, metavar="FILE.ics", help=_("the calendar file to write")
    )
    who = calendar.add_mutually_exclusive_group()
    who.add_argument(
        "--employee", metavar="ID", help=_("one employee: the id or its first characters")
    )
    who.add_argument("--team", metavar="NAME", help=_("every current employee of this team"))
    calendar.add_argument(
        "--no-details",
        action="store_true",
        help=_("leave the text of actions and goals out of the titles"),
    )
    calendar.set_defaults(handler=export_calendar)


def export_calendar(args: argparse.Namespace) -> int:
    from leercoach import ics
    from leercoach.cli.employees import resolve
    from leercoach.targets import CALENDAR, Target, check_targets

    out: Path = args.out
    with open_store(args, read_only=True) as store:
        # The target first: a wrong --out is said before anything else is looked up.
        check_targets([Target(out, CALENDAR)], store.path)
        ids: list[str] | None = None
        if args.employee:
            ids = [resolve(store, args.employee).id]
        elif args.team:
            ids = [person.id for person in store.reporting.employees(team=args.team)]
            if not ids:
                teams = ", ".join(store.employees.teams()) or _("none")
                raise UsageError(
                    _(
                        "no current employees in team {team}; teams: {teams}",
                        team=repr(args.team),
                        teams=teams,
                    )
                )
        written = ics.export_calendar(
            store,
            out,
            date.today(),
            employee_ids=ids,
            details=not args.no_details,
            library=library(),
        )
    print(ngettext("wrote {path} ({n} event)", "wrote {path} ({n} events)", written, path=out))
    return EXIT_OK
