"""Hand-made decks that name their twins, what they follow and the gaps they answer: the
growth-cycle trio as issue 18 links it, and the older decks that name nothing."""

from __future__ import annotations

from dataclasses import replace

from leercoach.decks import DeckLibrary, parse_deck_text
from leercoach.domain.deck import Audience, Deck, DeckKind

from .conftest import SMALL_DECK


def made(
    slug: str,
    kind: DeckKind,
    *,
    language: str = "nl",
    title: str = "",
    audience: Audience = Audience.EMPLOYEE,
    translation_of: str | None = None,
    suggest_after: tuple[str, ...] = (),
    suggest_for_gaps: tuple[str, ...] = (),
    phase: str | None = None,
) -> Deck:
    """A small deck (``SMALL_DECK``'s cards, of growth-cycle ``phase``) with these fields."""
    parsed = parse_deck_text(SMALL_DECK, "mini.toml")
    return replace(
        parsed,
        cards=tuple(replace(card, phase=phase) for card in parsed.cards),
        slug=slug,
        kind=kind,
        language=language,
        title=title or slug,
        audience=audience,
        translation_of=translation_of,
        suggest_after=suggest_after,
        suggest_for_gaps=suggest_for_gaps,
    )


# A deck set from before issue 18: no deck names a gap or what it follows.
OLD_DECKS = (
    made("check-in", DeckKind.CHECK_IN),
    made("check-in-en", DeckKind.CHECK_IN, language="en"),
    made("onboarding", DeckKind.ONBOARDING),
    made("exitgesprek", DeckKind.EXITGESPREK),
    made("ontwikkelgesprek", DeckKind.ONTWIKKELGESPREK),
    made("kort-ontwikkelgesprek", DeckKind.ONTWIKKELGESPREK, title="Aaa kort"),
    made("functioneringsgesprek", DeckKind.FUNCTIONERINGSGESPREK),
    made("groeicyclus-plannen", DeckKind.GROEICYCLUS, phase="plannen"),
    made("groeicyclus-opvolgen", DeckKind.GROEICYCLUS, phase="opvolgen"),
    made("groeicyclus-evalueren", DeckKind.GROEICYCLUS, phase="evalueren"),
)
# The same, the growth-cycle decks linked as the deck files of issue 18 link them.
LINKED_CYCLE = (
    made(
        "groeicyclus-plannen",
        DeckKind.GROEICYCLUS,
        suggest_for_gaps=("plannen:no-talk",),
        phase="plannen",
    ),
    made(
        "groeicyclus-opvolgen",
        DeckKind.GROEICYCLUS,
        phase="opvolgen",
        suggest_after=("groeicyclus-plannen",),
        suggest_for_gaps=("opvolgen:no-talk",),
    ),
    made(
        "groeicyclus-evalueren",
        DeckKind.GROEICYCLUS,
        suggest_after=("groeicyclus-opvolgen",),
        suggest_for_gaps=("evalueren:no-talk",),
        phase="evalueren",
    ),
)
NEW_DECKS = OLD_DECKS[:7] + LINKED_CYCLE


def library_of(*decks: Deck) -> DeckLibrary:
    library = DeckLibrary()
    for deck in decks:
        library.add(deck)
    return library
