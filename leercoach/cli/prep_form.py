"""``leercoach prep form / import / list``: the employee's preparation form, out and back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from leercoach.cli.common import EXIT_OK, UsageError, json_help, library, open_store
from leercoach.language import LANGUAGES, _


def register_form(actions: Any) -> None:
    form = actions.add_parser(
        "form",
        help=_("write a fillable PDF the employee prepares the talk with"),
        description=_(
            "Write a fillable PDF with the questions of a deck, for the employee to fill in "
            "with any PDF reader and send back (read it in with 'leercoach prep import'). It "
            "is in the employee's language where the deck has a translation: the language "
            "given, else that of the last form for them, else the deck's own."
        ),
    )
    form.add_argument("--employee", required=True, metavar="ID", help=_("the employee's id"))
    form.add_argument("--deck", required=True, metavar="SLUG", help=_("the deck of the talk"))
    form.add_argument(
        "--out", required=True, type=Path, metavar="FILE.pdf", help=_("the PDF file to write")
    )
    form.add_argument(
        "--language", choices=LANGUAGES, help=_("the language of the form (default: see above)")
    )
    form.add_argument("--json", action="store_true", help=json_help())
    form.set_defaults(handler=write_form)

    read = actions.add_parser(
        "import",
        help=_("read in a preparation form the employee filled in"),
        description=_(
            "Read a returned preparation form and keep it as the employee's preparation for "
            "that deck: the next talk of that deck with them shows it beside the cards, and "
            "its topics join the talking points. Reading the same form again changes nothing; "
            "with other values it replaces the preparation until its talk is completed."
        ),
    )
    read.add_argument("file", type=Path, metavar="FILE.pdf", help=_("the filled-in form"))
    read.add_argument("--json", action="store_true", help=json_help())
    read.set_defaults(handler=import_form)

    listing = actions.add_parser("list", help=_("the preparations read in for someone"))
    listing.add_argument("--employee", required=True, metavar="ID", help=_("the employee's id"))
    listing.add_argument("--json", action="store_true", help=json_help())
    listing.set_defaults(handler=list_preparations)


def preparation_json(found: Any) -> dict[str, Any]:
    """One preparation as ``prep list --json`` promises it."""
    return {
        "form_id": found.form_id,
        "deck_slug": found.talk_slug,
        "form_deck_slug": found.deck_slug,
        "imported_at": found.imported_at.isoformat(),
        "status": found.status.value,
        "conversation_id": found.conversation_id,
        "cards": [
            {
                "card_id": answer.card_id,
                "question": answer.question,
                "answer": answer.answer,
                "note": answer.note,
            }
            for answer in found.answers
        ],
        "talking_points": list(found.talking_points),
    }


def write_form(args: argparse.Namespace) -> int:
    from leercoach.cli.employees import resolve
    from leercoach.cli.export import wrote
    from leercoach.forms.prep import write_form as write
    from leercoach.jsontext import to_json

    out: Path = args.out
    if out.suffix.lower() != ".pdf":
        raise UsageError(_("{path}: give a file name ending in .pdf", path=out))
    with open_store(args) as store:
        person = resolve(store, args.employee)
        written = write(store, library(), person.id, args.deck, out, language=args.language)
    if args.json:
        print(
            to_json(
                {
                    "form_id": written.form_id,
                    "employee_id": person.id,
                    "deck_slug": args.deck,
                    "form_deck_slug": written.deck.slug,
                    "language": written.deck.language,
                    "path": str(written.path),
                    "pages": written.pages,
                }
            )
        )
    else:
        print(wrote(written.path, written.pages))
    return EXIT_OK


def import_form(args: argparse.Namespace) -> int:
    from leercoach.domain.preparation import ImportOutcome
    from leercoach.forms.prep import import_form as read_in
    from leercoach.jsontext import to_json

    with open_store(args) as store:
        imported = read_in(store, args.file)
    preparation, name = imported.preparation, imported.employee.name
    if args.json:
        print(to_json({"outcome": imported.outcome.value, **preparation_json(preparation)}))
        return EXIT_OK
    if imported.outcome is ImportOutcome.SAME:
        print(_("{file}: already read in, nothing changed", file=args.file))
    elif imported.outcome is ImportOutcome.REPLACED:
        print(
            _(
                "{file}: read in again with other values; {name}'s preparation for {deck} was "
                "replaced",
                file=args.file,
                name=name,
                deck=imported.deck_title,
            )
        )
    else:
        print(
            _(
                "{file}: read in as {name}'s preparation for {deck} (answers: {n}, topics: "
                "{points})",
                file=args.file,
                name=name,
                deck=imported.deck_title,
                n=len(preparation.answers),
                points=len(preparation.talking_points),
            )
        )
    return EXIT_OK


def list_preparations(args: argparse.Namespace) -> int:
    from leercoach.cli.employees import resolve
    from leercoach.jsontext import to_json
    from leercoach.vocabulary import label

    with open_store(args, read_only=True) as store:
        person = resolve(store, args.employee)
        found = store.preparations.for_employee(person.id)
    if args.json:
        print(to_json([preparation_json(item) for item in found]))
        return EXIT_OK
    print(person.name)
    if not found:
        print("  " + _("no preparations read in yet"))
    for item in found:
        day = item.imported_at.date().isoformat()
        print(f"  {item.form_id[:8]}  {day}  {item.talk_slug}  [{label(item.status)}]")
        for answer in item.answers:
            shown = " ".join(answer.answer.split()) or "—"
            print(f"      {answer.question}: {shown}")
            if answer.note:
                print("        " + " ".join(answer.note.split()))
        for point in item.talking_points:
            print("      + " + point)
    return EXIT_OK
