"""``leercoach conversations list | show``: someone's talks, and one talk as it was held."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from leercoach.cli.common import EXIT_OK, UsageError, json_help, open_store
from leercoach.language import _

if TYPE_CHECKING:
    from leercoach.domain import Action, Answer, Conversation
    from leercoach.domain.talking_point import TalkingPoint

# The keys of a conversation as ``employees show --json`` has always printed them.
LISTED = ("id", "deck_slug", "deck_title", "status", "started_at", "ended_at")


def register(commands: Any) -> None:
    group = commands.add_parser("conversations", help=_("someone's conversations, or one of them"))
    actions = group.add_subparsers(dest="conversations_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=_("an employee's conversations, newest first"))
    listing.add_argument("--employee", required=True, metavar="ID", help=_("the employee's id"))
    listing.add_argument("--json", action="store_true", help=json_help())
    listing.set_defaults(handler=list_conversations)
    show = actions.add_parser("show", help=_("one conversation: its answers, topics and actions"))
    show.add_argument("id", help=_("the id, or its first characters"))
    show.add_argument("--json", action="store_true", help=json_help())
    show.add_argument(
        "--include-private-notes",
        action="store_true",
        help=_("also the manager's private note (left out unless asked)"),
    )
    show.set_defaults(handler=show_conversation)


def list_conversations(args: argparse.Namespace) -> int:
    from leercoach.cli.employees import resolve
    from leercoach.jsontext import to_json
    from leercoach.vocabulary import label

    with open_store(args, read_only=True) as store:
        person = resolve(store, args.employee)
        talks = store.conversations.for_employee(person.id)
    if args.json:
        print(to_json([{key: getattr(talk, key) for key in LISTED} for talk in talks]))
        return EXIT_OK
    if not talks:
        print(_("{name} has no conversations yet.", name=person.name))
    for talk in talks:
        print(
            f"{talk.id[:8]}  {talk.started_at:%Y-%m-%d}  {talk.deck_title}  ({label(talk.status)})"
        )
    return EXIT_OK


def cards_json(answers: list[Any], prepared: Any) -> list[dict[str, Any]]:
    """The cards answered, each with the employee's preparation beside it (or null), and
    the cards only the preparation answered after them."""

    def beside(card_id: str) -> dict[str, str] | None:
        found = prepared.answer(card_id) if prepared is not None else None
        return {"answer": found.answer, "note": found.note} if found else None

    cards = [
        {
            "card_id": answer.card_id,
            "question": answer.question,
            "answer": answer.value,
            "note": answer.note,
            "skipped": answer.skipped,
            "preparation": beside(answer.card_id),
        }
        for answer in answers
    ]
    answered = {answer.card_id for answer in answers}
    for only in prepared.answers if prepared is not None else ():
        if only.card_id not in answered:
            cards.append(
                {
                    "card_id": only.card_id,
                    "question": only.question,
                    "answer": "",
                    "note": "",
                    "skipped": False,
                    "preparation": beside(only.card_id),
                }
            )
    return cards


def show_conversation(args: argparse.Namespace) -> int:
    from leercoach.cli.talking_points import point_json
    from leercoach.domain.deck import AnswerType
    from leercoach.jsontext import to_json
    from leercoach.store import NotFoundError

    with open_store(args, read_only=True) as store:
        try:
            talk = store.conversations.resolve(args.id)
        except NotFoundError:
            raise UsageError(
                _("no conversation with id {identifier}", identifier=repr(args.id))
            ) from None
        answers = store.conversations.answers(talk.id)
        points = store.talking_points.for_conversation(talk)
        actions = store.actions.for_conversation(talk.id)
        prepared = store.preparations.for_conversation(talk.id)
        deck = store.decks.snapshot(talk.deck_hash) if talk.deck_hash else None
    cards = deck.cards if deck is not None else ()
    multi = {card.id for card in cards if card.answer.type is AnswerType.MULTI}
    shown: dict[str, Any] = {
        "id": talk.id,
        "employee_id": talk.employee_id,
        "deck_slug": talk.deck_slug,
        "deck_title": talk.deck_title,
        "status": talk.status,
        "started_at": talk.started_at,
        "ended_at": talk.ended_at,
        "first_completed_at": talk.first_completed_at,
        "shared_summary": talk.shared_summary,
        "cards": cards_json(answers, prepared),
        "talking_points": [point_json(point) for point in points],
        "actions": [dataclasses.asdict(action) for action in actions],
    }
    if args.include_private_notes:
        shown["private_note"] = talk.private_note
    if args.json:
        print(to_json(shown))
        return EXIT_OK
    note = talk.private_note if args.include_private_notes else ""
    for line in readable(talk, answers, points, actions, note, multi):
        print(line)
    return EXIT_OK


def readable(
    talk: Conversation,
    answers: Sequence[Answer],
    points: Sequence[TalkingPoint],
    actions: Sequence[Action],
    private_note: str,
    multi: set[str] | frozenset[str] = frozenset(),
) -> list[str]:
    """The conversation as lines: the answers, the topics, the actions, the summary.

    The answers to the cards ``multi`` names (multiple choice) are lists, an item a line.
    """
    from leercoach.domain.deck import answer_lines
    from leercoach.vocabulary import label, owner

    lines = [f"{talk.deck_title}  {talk.started_at:%Y-%m-%d}  ({label(talk.status)})"]
    for answer in answers:
        lines.append(f"  {answer.question}")
        if answer.card_id in multi and not answer.skipped and answer.value.strip():
            lines.extend(f"    - {item}" for item in answer_lines(answer.value))
        else:
            lines.append("    " + (_("skipped") if answer.skipped else answer.value or "-"))
        if answer.note:
            lines.append(f"    ({answer.note})")
    if points:
        lines.append(_("Topics:"))
        lines.extend(f"  [{label(point.status)}] {point.text}" for point in points)
    if actions:
        lines.append(_("Actions agreed:"))
        for action in actions:
            due = action.due_date.isoformat() if action.due_date else _("no date")
            who = owner(action.owner, action.owner_name)
            lines.append(f"  {action.what} ({who}, {due})")
    if talk.shared_summary:
        lines.extend([_("Shared summary:"), f"  {talk.shared_summary}"])
    if private_note:
        lines.extend([_("Private note:"), f"  {private_note}"])
    return lines
