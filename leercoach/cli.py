"""``leercoach``: the entry point. Arguments are parsed before any Qt object exists.

With no subcommand it starts the GUI; every subcommand runs without Qt. Exit
codes: 0 success, 2 bad input or usage, 1 any other failure. Errors go to
stderr in one sentence.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from leercoach import __version__, paths
from leercoach.crash import install as install_crash_handler

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Bad input from the user: exit code 2."""


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be 0 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leercoach",
        description="Offline coaching conversations. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"leercoach {__version__}")
    parser.add_argument(
        "--db", type=Path, help=f"database file (default: ${paths.DB_ENV} or the user data dir)"
    )
    parser.add_argument("--lang", choices=("nl", "en"), help="language of the app (default nl)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    decks = commands.add_parser("decks", help="list, show and validate conversation decks")
    deck_commands = decks.add_subparsers(dest="deck_command", metavar="ACTION", required=True)
    listing = deck_commands.add_parser("list", help="the decks that load, and those that fail")
    listing.add_argument("--json", action="store_true")
    show = deck_commands.add_parser("show", help="print one deck readably")
    show.add_argument("slug")
    show.add_argument("--json", action="store_true")
    validate = deck_commands.add_parser("validate", help="check deck files (default: all)")
    validate.add_argument("paths", nargs="*", type=Path)

    people = commands.add_parser("employees", help="add, list, show and import employees")
    people_commands = people.add_subparsers(
        dest="employee_command", metavar="ACTION", required=True
    )
    add = people_commands.add_parser("add", help="add one employee")
    add.add_argument("--name", required=True)
    add.add_argument("--team", default="")
    add.add_argument("--role", default="")
    add.add_argument("--email")
    add.add_argument("--start", type=_date, help="start date, YYYY-MM-DD")
    add.add_argument("--end", type=_date, help="end date, YYYY-MM-DD")
    add.add_argument("--json", action="store_true")
    employees_list = people_commands.add_parser("list", help="all current employees")
    employees_list.add_argument("--team")
    employees_list.add_argument("--archived", action="store_true", help="include archived")
    employees_list.add_argument("--json", action="store_true")
    employee_show = people_commands.add_parser("show", help="one employee with history")
    employee_show.add_argument("id", help="the id, or its first characters")
    employee_show.add_argument("--json", action="store_true")
    employee_import = people_commands.add_parser("import", help="import employees from CSV")
    employee_import.add_argument("file", type=Path)

    demo = commands.add_parser("demo", help="add demo employees with a history of talks")
    demo.add_argument("--employees", type=_positive, default=8)
    demo.add_argument(
        "--conversations", type=_positive, default=3, help="average conversations per employee"
    )
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--remove", action="store_true", help="remove all demo data instead")

    commands.add_parser("check", help="check the database for damage")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    handler = install_crash_handler(_log_file())
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.db is not None:
        args.db = args.db.expanduser()
    if args.command is None:
        from leercoach.ui.app import run_gui

        return int(run_gui(args.db or paths.default_db_path(), language=args.lang, crash=handler))
    command: Callable[[argparse.Namespace], int] = COMMANDS[args.command]
    try:
        return command(args)
    except UsageError as error:
        print(f"leercoach: {error}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as error:
        from leercoach.store import SchemaTooNewError, StoreError, ValidationError

        if isinstance(error, ValidationError):
            print(f"leercoach: {error}", file=sys.stderr)
            return EXIT_USAGE
        if isinstance(error, SchemaTooNewError | StoreError | OSError):
            print(f"leercoach: {error}", file=sys.stderr)
            return EXIT_FAILURE
        raise


def gui_main() -> int:
    return main([])


def _log_file() -> Path | None:
    try:
        return paths.log_path()
    except OSError:
        return None


def _open_store(args: argparse.Namespace) -> Any:
    from leercoach.store import Store

    return Store.open(args.db or paths.default_db_path())


def _library() -> Any:
    from leercoach.decks import load_library

    return load_library(paths.deck_folders())


def _to_json(value: Any) -> str:
    def default(item: Any) -> Any:
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            return dataclasses.asdict(item)
        if isinstance(item, Enum):
            return item.value
        if isinstance(item, Path):
            return str(item)
        if hasattr(item, "isoformat"):
            return item.isoformat()
        raise TypeError(type(item).__name__)

    return json.dumps(value, default=default, ensure_ascii=False, indent=2)


def cmd_decks(args: argparse.Namespace) -> int:
    from leercoach.decks import DeckError, parse_deck
    from leercoach.decks.render import render_deck

    if args.deck_command == "validate":
        if not args.paths:
            library = _library()
            for failure in library.failures:
                print(failure, file=sys.stderr)
            print(f"{len(library.decks)} decks valid, {len(library.failures)} broken")
            return EXIT_USAGE if library.failures else EXIT_OK
        broken = 0
        for path in args.paths:
            try:
                deck = parse_deck(path)
            except DeckError as error:
                broken += 1
                print(error, file=sys.stderr)
            else:
                print(f"{path}: ok ({deck.slug}, {len(deck.cards)} cards)")
        return EXIT_USAGE if broken else EXIT_OK
    library = _library()
    if args.deck_command == "show":
        try:
            deck = library.get(args.slug)
        except KeyError as error:
            raise UsageError(error.args[0]) from None
        print(_to_json(deck) if args.json else render_deck(deck), end="" if not args.json else "\n")
        return EXIT_OK
    decks = library.sorted()
    if args.json:
        print(
            _to_json(
                {
                    "decks": [
                        {
                            "slug": d.slug,
                            "version": d.version,
                            "title": d.title,
                            "kind": d.kind,
                            "language": d.language,
                            "cards": len(d.cards),
                            "duration_minutes": d.duration_minutes,
                            "path": d.path,
                        }
                        for d in decks
                    ],
                    "failures": [
                        {"path": f.path, "problems": list(f.problems)} for f in library.failures
                    ],
                }
            )
        )
        return EXIT_OK
    for deck in decks:
        print(
            f"{deck.slug:<34} {deck.language}  {len(deck.cards):>2} cards  "
            f"{deck.duration_minutes:>3} min  {deck.title}"
        )
    for failure in library.failures:
        print(
            f"BROKEN {failure.path}: {failure.problems[0]}"
            + (f" (+{len(failure.problems) - 1} more)" if len(failure.problems) > 1 else "")
        )
    print(f"\nYour own decks: {paths.user_decks_dir()}")
    return EXIT_OK


def cmd_employees(args: argparse.Namespace) -> int:
    from leercoach.csvimport import CsvImportError, read_employees_csv
    from leercoach.domain import EmployeeDraft
    from leercoach.store import NotFoundError

    with _open_store(args) as store:
        if args.employee_command == "add":
            draft = EmployeeDraft(
                name=args.name,
                team=args.team,
                role=args.role,
                email=args.email,
                start_date=args.start,
                end_date=args.end,
            )
            employee = store.employees.add(draft)
            print(_to_json(employee) if args.json else f"{employee.id}  {employee.name}")
        elif args.employee_command == "list":
            people = store.employees.find(include_archived=args.archived, team=args.team)
            if args.json:
                print(_to_json(people))
            for person in [] if args.json else people:
                flags = " (archived)" if person.archived else ""
                print(f"{person.id[:8]}  {person.name:<32} {person.team:<16} {person.role}{flags}")
        elif args.employee_command == "show":
            try:
                person = store.employees.resolve(args.id)
            except NotFoundError:
                raise UsageError(f"no employee with id {args.id!r}") from None
            _show_employee(store, person, as_json=args.json)
        else:
            try:
                found = read_employees_csv(args.file)
            except CsvImportError as error:
                raise UsageError(f"nothing imported:\n{error}") from None
            added = store.employees.add_many(found.drafts)
            print(f"imported {len(added)} employees from {args.file}")
            if found.ignored_columns:
                print(f"ignored columns: {', '.join(found.ignored_columns)}")
    return EXIT_OK


def _show_employee(store: Any, person: Any, *, as_json: bool) -> None:
    conversations = store.conversations.for_employee(person.id)
    actions = store.actions.open_for(person.id)
    if as_json:
        print(
            _to_json({"employee": person, "conversations": conversations, "open_actions": actions})
        )
        return
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


def cmd_demo(args: argparse.Namespace) -> int:
    from leercoach.store.demo import build_demo

    with _open_store(args) as store:
        if args.remove:
            print(f"removed {store.employees.remove_demo()} demo employees")
            return EXIT_OK
        library = _library()
        summary = build_demo(
            store.db,
            library.decks.values(),
            args.employees,
            seed=args.seed,
            conversations=args.conversations,
        )
    print(
        f"added {summary.employees} demo employees, {summary.conversations} conversations, "
        f"{summary.answers} answers, {summary.actions} actions"
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from leercoach.store import DamagedDatabaseError

    path = args.db or paths.default_db_path()
    if not path.exists():
        raise UsageError(f"{path} does not exist")
    try:
        with _open_store(args) as store:
            problems = store.check()
            version = store.schema_version
    except DamagedDatabaseError as error:
        print(f"leercoach: {error}", file=sys.stderr)
        return EXIT_FAILURE
    if problems:
        print(f"leercoach: {path} is damaged: {problems[0]}", file=sys.stderr)
        for problem in problems[1:]:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"{path}: ok (schema version {version})")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "decks": cmd_decks,
    "employees": cmd_employees,
    "demo": cmd_demo,
    "check": cmd_check,
}
