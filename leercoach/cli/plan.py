"""``leercoach employees plan``: someone's rhythm of talks, the next one and its deck."""

from __future__ import annotations

import argparse
import dataclasses
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from leercoach.cli.common import EXIT_OK, UsageError, json_help, library, open_store
from leercoach.domain import Employee
from leercoach.domain.talks import NextTalk, Rhythm, TalkPlan, parse_rhythm
from leercoach.jsontext import to_json
from leercoach.language import _
from leercoach.vocabulary import label

if TYPE_CHECKING:
    from leercoach.decks import DeckLibrary

NONE = "none"


def register(actions: Any) -> None:
    plan = actions.add_parser(
        "plan", help=_("set or show someone's rhythm of talks and the next talk")
    )
    plan.add_argument("id", help=_("the id, or its first characters"))
    plan.add_argument(
        "--every",
        type=rhythm_value,
        metavar="|".join(rhythm.value for rhythm in Rhythm),
        help=_("how often you talk: every 2, 3, 4 or 6 weeks, 3 months, a year, or none"),
    )
    plan.add_argument(
        "--next",
        type=planned_value,
        metavar="YYYY-MM-DD[THH:MM]|none",
        help=_("the date (and time) of the next talk; none takes a planned date away"),
    )
    plan.add_argument("--deck", help=_("the deck of the next talks (its slug), or none"))
    plan.add_argument("--json", action="store_true", help=json_help())
    plan.set_defaults(handler=plan_talks)


def rhythm_value(text: str) -> Rhythm:
    try:
        return parse_rhythm(text)
    except ValueError:
        choices = ", ".join(rhythm.value for rhythm in Rhythm)
        raise argparse.ArgumentTypeError(
            _("{text} is not a rhythm; use one of {choices}", text=repr(text), choices=choices)
        ) from None


def planned_value(text: str) -> date | datetime | str:
    text = text.strip()
    if text.lower() == NONE:
        return NONE
    try:
        if "T" in text:
            return datetime.strptime(text, "%Y-%m-%dT%H:%M")
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _(
                "{text} is not a date in the form YYYY-MM-DD or YYYY-MM-DDTHH:MM",
                text=repr(text),
            )
        ) from None


def employee_json(person: Employee, standing: NextTalk) -> dict[str, Any]:
    """An employee as ``employees show --json`` and ``list --json`` print it."""
    return {**dataclasses.asdict(person), **standing.as_json()}


def plan_talks(args: argparse.Namespace) -> int:
    from leercoach.cli.employees import resolve

    decks = library()
    with open_store(args) as store:
        person = resolve(store, args.id)
        plan = person.talk_plan
        if args.every is not None:
            plan = dataclasses.replace(plan, rhythm=args.every)
        if args.next is not None:
            plan = dataclasses.replace(plan, planned=None if args.next == NONE else args.next)
        if args.deck is not None:
            plan = dataclasses.replace(plan, deck=deck_slug(decks, args.deck))
        if plan != person.talk_plan:
            store.talk_plans.set_plan(person.id, plan)
            person = store.employees.get(person.id)
        standing = store.talk_plans.next_talk(person.id, date.today(), decks.follow_ups())
    if args.json:
        print(to_json(employee_json(person, standing)))
        return EXIT_OK
    for line in describe(person.name, person.talk_plan, standing):
        print(line)
    return EXIT_OK


def deck_slug(decks: DeckLibrary, text: str) -> str | None:
    """The slug of a loaded deck; None for "none"."""
    slug = text.strip()
    if slug.lower() == NONE:
        return None
    try:
        decks.get(slug)
    except KeyError:
        raise UsageError(_("--deck: no deck with the slug {slug}", slug=repr(slug))) from None
    return slug


def describe(name: str, plan: TalkPlan, standing: NextTalk) -> list[str]:
    rhythm = label(standing.rhythm) if standing.rhythm else label(Rhythm.NONE)
    if standing.rhythm_source is not None:
        rhythm += f" ({label(standing.rhythm_source)})"
    never = _("none yet")
    lines = [
        name,
        "  " + _("rhythm: {rhythm}", rhythm=rhythm),
        "  " + _("last talk: {day}", day=standing.last_talk or never),
    ]
    if standing.next_talk is None:
        lines.append("  " + _("next talk: not planned"))
    else:
        when = (
            plan.planned_time.strftime("%Y-%m-%d %H:%M")
            if plan.planned_time
            else standing.next_talk.isoformat()
        )
        late = "  " + _("OVERDUE") if standing.is_overdue(date.today()) else ""
        lines.append("  " + _("next talk: {day}", day=when) + late)
        if standing.next_deck:
            lines.append("  " + _("deck: {slug}", slug=standing.next_deck))
    return lines
