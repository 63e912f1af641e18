"""``leercoach trends``: a person's scale answers over time, one series per deck and card."""

from __future__ import annotations

import argparse
from typing import Any

from leercoach.cli.common import EXIT_OK, UsageError, json_help, open_store
from leercoach.language import _


def register(commands: Any) -> None:
    trends = commands.add_parser(
        "trends", help=_("someone's scale answers over time, per deck and card")
    )
    trends.add_argument("id", help=_("the id, or its first characters"))
    trends.add_argument(
        "--card",
        metavar="DECK:CARD",
        help=_("only this card of this deck (card ids repeat across decks), e.g. check-in:energie"),
    )
    trends.add_argument("--json", action="store_true", help=json_help())
    trends.set_defaults(handler=show_trends)


def show_trends(args: argparse.Namespace) -> int:
    from leercoach import paths
    from leercoach.cli.employees import resolve
    from leercoach.decks import load_library
    from leercoach.domain.trends import read_card_key, series_json
    from leercoach.jsontext import to_json

    wanted = None
    if args.card is not None:
        try:
            wanted = read_card_key(args.card)
        except ValueError:
            raise UsageError(
                _(
                    "--card: {text} is not of the form DECK:CARD, e.g. check-in:energie",
                    text=repr(args.card),
                )
            ) from None
    library = load_library(paths.deck_folders())
    with open_store(args, read_only=True) as store:
        person = resolve(store, args.id)
        series = store.trends.series(person.id, library)
    if wanted is not None:
        chosen = [one for one in series if (one.deck, one.card) == wanted]
        if not chosen:
            check_card(library, *wanted)
        series = chosen
    if args.json:
        print(to_json(series_json(series)))
        return EXIT_OK
    print(person.name)
    if not series:
        print("  " + _("no scale answers in talks yet"))
    for one in series:
        print(f"  {one.key}  {one.question}")
        if one.labels:
            print("    " + _("scale: {labels}", labels=" · ".join(one.labels)))
        for point in one.points:
            print(f"    {point.day.isoformat()}  {one.describe(point.value)}")
    return EXIT_OK


def check_card(library: Any, deck_slug: str, card_id: str) -> None:
    """A --card with no answers yet must at least name a scale card of a deck."""
    from leercoach.domain import AnswerType

    try:
        deck = library.get(deck_slug)
    except KeyError:
        raise UsageError(_("--card: no deck with the slug {slug}", slug=repr(deck_slug))) from None
    try:
        card = deck.card(card_id)
    except KeyError:
        raise UsageError(
            _("--card: the deck {slug} has no card {card}", slug=deck_slug, card=repr(card_id))
        ) from None
    if card.answer.type is not AnswerType.SCALE:
        raise UsageError(
            _("--card: {card} of {slug} is not a scale card", card=card_id, slug=deck_slug)
        )
