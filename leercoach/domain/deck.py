"""A conversation-card deck: the questions a manager walks through in one talk."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class DeckKind(StrEnum):
    ONTWIKKELGESPREK = "ontwikkelgesprek"
    CHECK_IN = "check-in"
    EXITGESPREK = "exitgesprek"
    ONBOARDING = "onboarding"
    FUNCTIONERINGSGESPREK = "functioneringsgesprek"
    ZELFSCAN = "zelfscan"
    GROEICYCLUS = "groeicyclus"
    TRANSFER = "transfer"
    FEEDFORWARD = "feedforward"
    REFLECTIE = "reflectie"
    OVERIG = "overig"


class AnswerType(StrEnum):
    TEXT = "text"
    SCALE = "scale"
    CHOICE = "choice"
    YESNO = "yesno"


SCALE_MIN = 1
SCALE_MAX = 5
YES = "ja"
NO = "nee"


@dataclass(frozen=True)
class AnswerSpec:
    """How a card is answered; labels belong to scale cards, options to choice cards."""

    type: AnswerType = AnswerType.TEXT
    labels: tuple[str, ...] = ()
    options: tuple[str, ...] = ()

    def describe(self, value: str) -> str:
        """The value as a person reads it: '4 – eerder wel' for a labelled scale."""
        if self.type is AnswerType.SCALE and value.isdigit() and self.labels:
            index = int(value) - SCALE_MIN
            if 0 <= index < len(self.labels):
                return f"{value} – {self.labels[index]}"
        return value


@dataclass(frozen=True)
class Card:
    id: str
    question: str
    theme: str
    answer: AnswerSpec = field(default_factory=AnswerSpec)
    follow_ups: tuple[str, ...] = ()
    tip: str = ""
    phase: str | None = None


@dataclass(frozen=True)
class Deck:
    slug: str
    version: int
    title: str
    kind: DeckKind
    language: str
    description: str
    duration_minutes: int
    source: str
    cards: tuple[Card, ...]
    path: Path | None = None

    def card(self, card_id: str) -> Card:
        for card in self.cards:
            if card.id == card_id:
                return card
        raise KeyError(f"deck {self.slug!r} has no card {card_id!r}")

    def index_of(self, card_id: str) -> int:
        return [card.id for card in self.cards].index(card_id)

    @property
    def phases(self) -> tuple[str, ...]:
        """The growth-cycle phases this deck's cards touch, in card order."""
        seen: list[str] = []
        for card in self.cards:
            if card.phase and card.phase not in seen:
                seen.append(card.phase)
        return tuple(seen)
