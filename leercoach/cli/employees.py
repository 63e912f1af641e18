"""``leercoach employees add | list | show | import``."""

from __future__ import annotations

import argparse
import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

from leercoach.cli.common import (
    EXIT_OK,
    Subcommands,
    UsageError,
    iso_date,
    json_help,
    library,
    open_store,
)
from leercoach.domain import Conversation, Employee
from leercoach.jsontext import to_json
from leercoach.language import N_, _, ngettext
from leercoach.store import ImportOutcome, Store
from leercoach.vocabulary import label
from leercoach.vocabulary import owner as who


def register(commands: Subcommands) -> None:
    people = commands.add_parser("employees", help=_("add, list, show and import employees"))
    actions = people.add_subparsers(dest="employee_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=_("add one employee"))
    add.add_argument("--name", required=True, help=_("the full name"))
    add.add_argument("--team", default="", help=_("the team or department"))
    add.add_argument("--role", default="", help=_("the role or job title"))
    add.add_argument("--email", help=_("the e-mail address"))
    add.add_argument("--start", type=iso_date, help=_("start date, YYYY-MM-DD"))
    add.add_argument("--end", type=iso_date, help=_("end date, YYYY-MM-DD"))
    add.add_argument("--number", help=_("employee number (personeelsnummer)"))
    add.add_argument("--json", action="store_true", help=json_help())
    add.set_defaults(handler=add_employee)
    listing = actions.add_parser("list", help=_("all current employees"))
    listing.add_argument("--team", help=_("only this team"))
    listing.add_argument("--archived", action="store_true", help=_("include archived"))
    listing.add_argument("--json", action="store_true", help=json_help())
    listing.set_defaults(handler=list_employees)
    show = actions.add_parser("show", help=_("one employee with open actions and conversations"))
    show.add_argument("id", help=_("the id, or its first characters"))
    show.add_argument("--json", action="store_true", help=json_help())
    show.add_argument(
        "--include-private-notes",
        action="store_true",
        help=_("with --json: also the manager's private notes (left out unless asked)"),
    )
    show.set_defaults(handler=show_employee)
    from leercoach.cli import plan

    plan.register(actions)
    importing = actions.add_parser("import", help=_("import employees from a CSV file"))
    importing.add_argument("file", type=Path, help=_("the CSV file"))
    importing.add_argument(
        "--update",
        action="store_true",
        help=_(
            "update the people already present with the fields the file gives (default: skip them)"
        ),
    )
    importing.set_defaults(handler=import_employees)


def resolve(store: Store, identifier: str) -> Employee:
    from leercoach.store import NotFoundError

    try:
        return store.employees.resolve(identifier)
    except NotFoundError:
        raise UsageError(
            _("no employee with id {identifier}", identifier=repr(identifier))
        ) from None


def add_employee(args: argparse.Namespace) -> int:
    from leercoach.domain import EmployeeDraft

    draft = EmployeeDraft(
        name=args.name,
        team=args.team,
        role=args.role,
        email=args.email,
        start_date=args.start,
        end_date=args.end,
        employee_number=args.number,
    )
    with open_store(args) as store:
        employee = store.employees.add(draft)
    print(to_json(employee) if args.json else f"{employee.id}  {employee.name}")
    return EXIT_OK


def list_employees(args: argparse.Namespace) -> int:
    from leercoach.cli.plan import employee_json

    with open_store(args, read_only=True) as store:
        people = store.employees.find(include_archived=args.archived, team=args.team)
        standing = (
            store.talk_plans.next_talks(date.today(), None, library().follow_ups())
            if args.json
            else {}
        )
    if args.json:
        print(to_json([employee_json(person, standing[person.id]) for person in people]))
        return EXIT_OK
    for person in people:
        flags = " " + _("(archived)") if person.archived else ""
        print(f"{person.id[:8]}  {person.name:<32} {person.team:<16} {person.role}{flags}")
    return EXIT_OK


def show_employee(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        person = resolve(store, args.id)
        conversations = store.conversations.for_employee(person.id)
        actions = store.actions.open_for(person.id)
        standing = store.talk_plans.next_talk(person.id, date.today(), library().follow_ups())
    if args.json:
        from leercoach.cli.plan import employee_json

        talks = [
            talk if args.include_private_notes else without_private_note(talk)
            for talk in conversations
        ]
        shown = employee_json(person, standing)
        print(to_json({"employee": shown, "conversations": talks, "open_actions": actions}))
        return EXIT_OK
    today = date.today()
    print(person.name)
    for name, value in (
        (_("id"), person.id),
        (_("team"), person.team or "-"),
        (_("role"), person.role or "-"),
        (_("growth phase"), label(person.growth_phase)),
        (_("started"), person.start_date.isoformat() if person.start_date else ""),
        (_("leaves"), person.end_date.isoformat() if person.end_date else ""),
    ):
        if value:
            print(f"  {name}: {value}")
    from leercoach.cli.plan import describe

    for line in describe(person.name, person.talk_plan, standing)[1:]:
        print(line)
    print("\n" + _("Open actions ({count}):", count=len(actions)))
    for action in actions:
        due = action.due_date.isoformat() if action.due_date else _("no date")
        late = "  " + _("OVERDUE") if action.is_overdue(today) else ""
        owner = who(action.owner, action.owner_name)
        print(f"  [{label(action.status)}] {action.what} ({owner}, {due}){late}")
    print("\n" + _("Conversations ({count}):", count=len(conversations)))
    for talk in conversations:
        print(f"  {talk.started_at:%Y-%m-%d}  {talk.deck_title}  ({label(talk.status)})")
    return EXIT_OK


def without_private_note(talk: Conversation) -> dict[str, Any]:
    """A conversation as JSON shows it, less the note the employee is not meant to see."""
    shown = dataclasses.asdict(talk)
    del shown["private_note"]
    return shown


def import_employees(args: argparse.Namespace) -> int:
    from leercoach.csvimport import CsvImportError, read_employees_csv
    from leercoach.store import ValidationError

    try:
        found = read_employees_csv(args.file)
        with open_store(args) as store:
            outcome = store.employees.import_rows(found.rows, update=args.update)
    except CsvImportError as error:
        raise UsageError(_("nothing imported:") + f"\n{error}") from None
    except ValidationError as error:
        problems = CsvImportError(str(args.file), error.problems)
        raise UsageError(_("nothing imported:") + f"\n{problems}") from None
    added = len(outcome.added)
    print(
        ngettext(
            "imported {n} employee from {file}",
            "imported {n} employees from {file}",
            added,
            file=args.file,
        )
    )
    for line in import_report(outcome, update=args.update):
        print(line)
    if found.ignored_columns:
        print(_("ignored columns: {columns}", columns=", ".join(found.ignored_columns)))
    return EXIT_OK


# A whole sentence per reason (MatchReason's values): no label pasted into a sentence.
SAME_AS_PERSON = {
    "same employee number": N_("line {line}: {name} (same employee number as {other})"),
    "same e-mail": N_("line {line}: {name} (same e-mail address as {other})"),
    "same name and start date": N_("line {line}: {name} (same name and start date as {other})"),
    "same name": N_("line {line}: {name} (same name as {other})"),
}
SAME_AS_LINE = {
    "same employee number": N_("line {line}: {name} (same employee number as line {earlier})"),
    "same e-mail": N_("line {line}: {name} (same e-mail address as line {earlier})"),
    "same name and start date": N_(
        "line {line}: {name} (same name and start date as line {earlier})"
    ),
    "same name": N_("line {line}: {name} (same name as line {earlier})"),
}


def import_report(outcome: ImportOutcome, *, update: bool) -> list[str]:
    """Who was not added, and why: a heading per kind, a line per row of the file."""
    changed = {person.id for person in outcome.updated}
    groups: dict[str, list[str]] = {}
    for present in outcome.present:
        person = present.match.person
        if not update:
            heading = N_("skipped {n} already present (--update updates them instead):")
        elif person.id in changed:
            heading = N_("updated {n} already present:")
        else:
            heading = N_("left {n} already present unchanged (the file holds nothing new):")
        sentence = SAME_AS_PERSON[present.match.reason.value]
        groups.setdefault(heading, []).append(
            "  "
            + _(sentence, line=present.row.line, name=present.row.draft.name, other=person.name)
        )
    for repeat in outcome.repeated:
        groups.setdefault(N_("skipped {n} repeated in the file:"), []).append(
            "  "
            + _(
                SAME_AS_LINE[repeat.reason.value],
                line=repeat.row.line,
                name=repeat.row.draft.name,
                earlier=repeat.earlier.line,
            )
        )
    return [
        line for heading, lines in groups.items() for line in (_(heading, n=len(lines)), *lines)
    ]
