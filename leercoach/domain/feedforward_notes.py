"""The decks' own words for the feedforward prep sheet: which deck keeps the coach's own
record, and the tips the sheet quotes (source 004 §6 and §7), never made up.

The coach's preparation is a conversation of the deck kind ``feedforward``; its tips on
feedback, on expectations and on conversation technique go with the sheet's parts. Where
it has none on tolerating silence (004 §7), the first deck in the sheet's language that
has one lends its tip, quoted with its title.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from leercoach.domain.deck import Deck, DeckKind

PREPARATION_KIND = DeckKind.FEEDFORWARD
# The feedforward deck's themes whose tips go with the sheet's parts.
FEEDBACK_THEME = "feedback"
FORWARD_THEME = "verwachtingen"
TECHNIQUE_THEME = "gesprekstechniek"
SILENCE_WORDS = ("stilte", "silence")


@dataclass(frozen=True)
class Quote:
    """A deck's own tip, quoted with the deck it comes from."""

    text: str
    deck_title: str


@dataclass(frozen=True)
class DeckNotes:
    feedback: Quote | None = None
    forward: Quote | None = None
    questions: tuple[Quote, ...] = ()
    prompt_deck: Deck | None = None
    """The feedforward deck itself: the coach's own record is started with it."""


def _tips(deck: Deck, theme: str) -> list[Quote]:
    return [Quote(card.tip, deck.title) for card in deck.cards if card.theme == theme and card.tip]


def preparation_deck(decks: Iterable[Deck], language: str) -> Deck | None:
    """The deck of the coach's own record: of kind feedforward, in ``language`` if one is."""
    found = sorted((d for d in decks if d.kind is PREPARATION_KIND), key=lambda d: d.slug)
    spoken = [deck for deck in found if deck.language == language]
    chosen = spoken or found
    return chosen[0] if chosen else None


def deck_notes(decks: Sequence[Deck], language: str) -> DeckNotes:
    """The decks' own tips for the sheet's parts, quoted, never made up: the feedforward
    deck's tip on feedback, on expectations and on conversation technique; where it has
    none on silence (004 §7), the first deck in ``language`` that has one."""
    deck = preparation_deck(decks, language)
    if deck is None:
        return DeckNotes()
    feedback, forward = _tips(deck, FEEDBACK_THEME), _tips(deck, FORWARD_THEME)
    technique = _tips(deck, TECHNIQUE_THEME)
    if not any(_on_silence(quote.text) for quote in technique):
        others = sorted((d for d in decks if d.language == language), key=lambda d: d.slug)
        silent = [Quote(c.tip, d.title) for d in others for c in d.cards if _on_silence(c.tip)]
        technique += silent[:1]
    return DeckNotes(
        feedback[0] if feedback else None,
        forward[0] if forward else None,
        tuple(technique),
        deck,
    )


def _on_silence(tip: str) -> bool:
    lowered = tip.casefold()
    return any(word in lowered for word in SILENCE_WORDS)
