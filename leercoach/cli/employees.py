"""``leercoach employees add | list | show | import``."""

from __future__ import annotations

import argparse
import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

from leercoach.cli.common import EXIT_OK, Subcommands, UsageError, iso_date, open_store
from leercoach.domain import Conversation, Employee
from leercoach.jsontext import to_json
from leercoach.store import ImportOutcome, Store


def register(commands: Subcommands) -> None:
    people = commands.add_parser("employees", help="add, list, show and import employees")
    actions = people.add_subparsers(dest="employee_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add one employee")
    add.add_argument("--name", required=True)
    add.add_argument("--team", default="")
    add.add_argument("--role", default="")
    add.add_argument("--email")
    add.add_argument("--start", type=iso_date, help="start date, YYYY-MM-DD")
    add.add_argument("--end", type=iso_date, help="end date, YYYY-MM-DD")
    add.add_argument("--number", help="employee number (personeelsnummer)")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=add_employee)
    listing = actions.add_parser("list", help="all current employees")
    listing.add_argument("--team")
    listing.add_argument("--archived", action="store_true", help="include archived")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_employees)
    show = actions.add_parser("show", help="one employee with open actions and conversations")
    show.add_argument("id", help="the id, or its first characters")
    show.add_argument("--json", action="store_true")
    show.add_argument(
        "--include-private-notes",
        action="store_true",
        help="with --json: also the manager's private notes (left out unless asked)",
    )
    show.set_defaults(handler=show_employee)
    importing = actions.add_parser("import", help="import employees from a CSV file")
    importing.add_argument("file", type=Path)
    importing.add_argument(
        "--update",
        action="store_true",
        help="update the people already present with the fields the file gives "
        "(default: skip them)",
    )
    importing.set_defaults(handler=import_employees)


def resolve(store: Store, identifier: str) -> Employee:
    from leercoach.store import NotFoundError

    try:
        return store.employees.resolve(identifier)
    except NotFoundError:
        raise UsageError(f"no employee with id {identifier!r}") from None


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
    with open_store(args, read_only=True) as store:
        people = store.employees.find(include_archived=args.archived, team=args.team)
    if args.json:
        print(to_json(people))
        return EXIT_OK
    for person in people:
        flags = " (archived)" if person.archived else ""
        print(f"{person.id[:8]}  {person.name:<32} {person.team:<16} {person.role}{flags}")
    return EXIT_OK


def show_employee(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        person = resolve(store, args.id)
        conversations = store.conversations.for_employee(person.id)
        actions = store.actions.open_for(person.id)
    if args.json:
        talks = [
            talk if args.include_private_notes else without_private_note(talk)
            for talk in conversations
        ]
        print(to_json({"employee": person, "conversations": talks, "open_actions": actions}))
        return EXIT_OK
    today = date.today()
    print(
        f"{person.name}\n  id: {person.id}\n  team: {person.team or '-'}\n"
        f"  role: {person.role or '-'}\n  growth phase: {person.growth_phase.value}"
    )
    if person.start_date:
        print(f"  started: {person.start_date.isoformat()}")
    if person.end_date:
        print(f"  leaves: {person.end_date.isoformat()}")
    print(f"\nOpen actions ({len(actions)}):")
    for action in actions:
        due = action.due_date.isoformat() if action.due_date else "no date"
        late = "  OVERDUE" if action.is_overdue(today) else ""
        print(f"  [{action.status.value}] {action.what} ({action.owner.value}, {due}){late}")
    print(f"\nConversations ({len(conversations)}):")
    for talk in conversations:
        print(f"  {talk.started_at:%Y-%m-%d}  {talk.deck_title}  ({talk.status.value})")
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
        raise UsageError(f"nothing imported:\n{error}") from None
    except ValidationError as error:
        raise UsageError(
            f"nothing imported:\n{CsvImportError(str(args.file), error.problems)}"
        ) from None
    added = len(outcome.added)
    print(f"imported {added} employee{'' if added == 1 else 's'} from {args.file}")
    for line in import_report(outcome, update=args.update):
        print(line)
    if found.ignored_columns:
        print(f"ignored columns: {', '.join(found.ignored_columns)}")
    return EXIT_OK


def import_report(outcome: ImportOutcome, *, update: bool) -> list[str]:
    """Who was not added, and why: a heading per kind, a line per row of the file."""
    changed = {person.id for person in outcome.updated}
    groups: dict[str, list[str]] = {}
    for present in outcome.present:
        person = present.match.person
        if not update:
            heading = "skipped {} already present (--update updates them instead):"
        elif person.id in changed:
            heading = "updated {} already present:"
        else:
            heading = "left {} already present unchanged (the file holds nothing new):"
        groups.setdefault(heading, []).append(
            f"  line {present.row.line}: {present.row.draft.name}"
            f" ({present.match.reason} as {person.name})"
        )
    for repeat in outcome.repeated:
        groups.setdefault("skipped {} repeated in the file:", []).append(
            f"  line {repeat.row.line}: {repeat.row.draft.name}"
            f" ({repeat.reason} as line {repeat.earlier.line})"
        )
    return [
        line for heading, lines in groups.items() for line in (heading.format(len(lines)), *lines)
    ]
