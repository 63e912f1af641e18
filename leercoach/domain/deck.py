"""A conversation-card deck: the questions a manager walks through in one talk."""

from __future__ import annotations

import re
import unicodedata
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


class Audience(StrEnum):
    """Who a deck's conversation is held with and whose record it is.

    ``EMPLOYEE``: a talk with the employee, kept with them (the default). ``MANAGER``: the
    manager's or coach's own record (preparing a talk, reflecting on one's coaching): never
    a talk, never in the employee's summary, a talk's record or what HR receives.
    ``TEAM``: held with a team.
    """

    EMPLOYEE = "employee"
    MANAGER = "manager"
    TEAM = "team"


class AnsweredBy(StrEnum):
    """Who answers a card, where the deck says so."""

    EMPLOYEE = "employee"
    MANAGER = "manager"


class AnswerType(StrEnum):
    TEXT = "text"
    SCALE = "scale"
    CHOICE = "choice"
    YESNO = "yesno"
    MULTI = "multi"
    """Multiple choice: any number of the options."""


SCALE_MIN = 1
SCALE_MAX = 5
YES = "ja"
NO = "nee"


_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")


def option_slug(text: str) -> str:
    """A choice option's id from its text: lower case, accents folded, anything else "-".

    "Eerder níet!" gives "eerder-niet". The id an option has where its deck gives none.
    """
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in folded if not unicodedata.combining(char))
    return _NOT_ALPHANUMERIC.sub("-", plain).strip("-")


@dataclass(frozen=True)
class AnswerSpec:
    """How a card is answered; labels belong to scale cards, options to choice cards.

    ``options`` are the texts shown; ``option_ids`` their stable ids, one per option, as
    the deck gives them (``options = [{ id = "…", label = "…" }]``), else made from the
    text (``option_slug``). An answer keeps both: the id compares across languages and
    wording changes, the text is what was shown.
    """

    type: AnswerType = AnswerType.TEXT
    labels: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    option_ids: tuple[str, ...] = ()
    other: bool = False
    """A choice or multi card offers "anders, namelijk…" with a text of one's own."""

    def __post_init__(self) -> None:
        if not self.option_ids and self.options:
            object.__setattr__(self, "option_ids", tuple(option_slug(o) for o in self.options))

    @property
    def ids_given(self) -> bool:
        """The deck named its options' ids (they are not all made from the text)."""
        return self.option_ids != tuple(option_slug(option) for option in self.options)

    def option_id(self, text: str) -> str | None:
        """The id of the option shown as ``text``; None when no option reads so."""
        for option, option_id in zip(self.options, self.option_ids, strict=False):
            if option == text.strip():
                return option_id
        return None

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
    answered_by: AnsweredBy | None = None
    optional: bool = False


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
    audience: Audience = Audience.EMPLOYEE
    translation_of: str | None = None
    """The slug of the deck this one translates (its twin in the source language)."""
    suggest_after: tuple[str, ...] = ()
    """Suggest this deck after a talk of one of these decks."""
    suggest_for_gaps: tuple[str, ...] = ()
    """Suggest this deck when the growth cycle shows one of these gaps (``gap_code``)."""

    @property
    def about_no_one(self) -> bool:
        """A manager's own record about no employee: a reflection on one's own coaching.

        A manager's other records (preparing a talk) are about the employee they are for.
        """
        return about_no_one(self.audience, self.kind)

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


def about_no_one(audience: Audience | str, kind: DeckKind | str | None) -> bool:
    """The rule ``Deck.about_no_one`` for a stored conversation's audience and deck kind."""
    return audience == Audience.MANAGER and kind == DeckKind.REFLECTIE
