"""A conversation-card deck: the questions a manager walks through in one talk."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from leercoach.language import N_, catalogue


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
OTHER_ID = "other"
"""The option id of "anders, namelijk…": the person's own text, on a card with ``other``."""
ID_SEPARATOR = ","
"""Between the ids of a multi answer's options in ``answer.option_id``."""


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
        """The id kept beside the value ``text`` (``answer.option_id``); None for none.

        A choice: the id of the option shown as ``text``, or ``OTHER_ID`` for a text of
        one's own on a card with ``other``. A multi answer: its options' ids in option
        order, joined by ``ID_SEPARATOR`` (``encode``'s second half).
        """
        if self.type is AnswerType.MULTI:
            chosen, own = self.decode(text)
            return self.encode(chosen, own)[1]
        found = self._id_of(text)
        if found is None and self.other and self.type is AnswerType.CHOICE and text.strip():
            return OTHER_ID
        return found

    def _id_of(self, text: str) -> str | None:
        for option, option_id in zip(self.options, self.option_ids, strict=False):
            if option == text.strip():
                return option_id
        return None

    def encode(
        self, chosen: Iterable[str], other_text: str = "", language: str | None = None
    ) -> tuple[str, str | None]:
        """The value and the option id kept for the options ``chosen`` (by id); with
        ``OTHER_ID`` among them on a card with ``other``, ``other_text`` is the person's own
        ("anders, namelijk…"; a text that is only white space counts as not given), its
        words in ``language`` (the one spoken now when None).

        A multi answer's value is what was shown: the chosen options' texts in option
        order, one per line, and "anders, namelijk: …" as the last line; its id the ids in
        the same order joined by ``ID_SEPARATOR``, ``OTHER_ID`` last. A choice: the option's
        text and id, or the own text and ``OTHER_ID``. Nothing chosen: ``("", None)``.
        """
        picked = set(chosen)
        own = " ".join(other_text.split()) if self.other and OTHER_ID in picked else ""
        pairs = [
            (option, option_id)
            for option, option_id in zip(self.options, self.option_ids, strict=False)
            if option_id in picked
        ]
        if self.type is not AnswerType.MULTI:
            if own:
                return own, OTHER_ID
            return pairs[0] if pairs else ("", None)
        values = [option for option, _id in pairs]
        ids = [option_id for _option, option_id in pairs]
        if own:
            values.append(other_line(own, language))
            ids.append(OTHER_ID)
        return "\n".join(values), (ID_SEPARATOR.join(ids) or None)

    def decode(self, value: str, option_id: str | None = None) -> tuple[tuple[str, ...], str]:
        """The chosen option ids (in option order, ``OTHER_ID`` last) and the own text of a
        kept answer: ``encode`` turned round. The ids come from ``option_id`` where it is
        kept, else from the options' texts in ``value``.
        """
        if self.type is AnswerType.CHOICE:
            found = option_id or self.option_id(value)
            if found == OTHER_ID:
                return (OTHER_ID,), value.strip()
            return ((found,), "") if found in self.option_ids else ((), "")
        if self.type is not AnswerType.MULTI:
            return (), ""
        lines = [line for line in value.split("\n") if line.strip()]
        if option_id:
            kept = set(option_id.split(ID_SEPARATOR))
        else:
            kept = {found for line in lines if (found := self._id_of(line)) is not None}
            if self.other and any(self._id_of(line) is None for line in lines):
                kept.add(OTHER_ID)
        own = ""
        if OTHER_ID in kept and self.other:
            strange = [line for line in lines if self._id_of(line) is None]
            own = _own_text(strange[-1]) if strange else ""
        ordered = tuple(i for i in self.option_ids if i in kept)
        return (*ordered, OTHER_ID) if own else ordered, own

    def describe(self, value: str) -> str:
        """The value as a person reads it: '4 – eerder wel' for a labelled scale."""
        if self.type is AnswerType.SCALE and value.isdigit() and self.labels:
            index = int(value) - SCALE_MIN
            if 0 <= index < len(self.labels):
                return f"{value} – {self.labels[index]}"
        return value


OTHER_WORDS = N_("other, namely")


def other_words(language: str | None = None) -> str:
    """The words before a text of one's own, "anders, namelijk", in ``language`` (the
    one spoken now when None): a form's words are its own language's."""
    return catalogue(language).gettext(OTHER_WORDS)


def other_line(text: str, language: str | None = None) -> str:
    """A multi answer's last line for a text of one's own: "anders, namelijk: …"."""
    return f"{other_words(language)}: {text}"


def _own_text(line: str) -> str:
    """The own text in a multi answer's "anders, namelijk: …" line (in any language)."""
    head, separator, rest = line.partition(": ")
    return (rest if separator else head).strip()


def answer_lines(value: str) -> list[str]:
    """A multi answer's items, one per line, for printing as a list."""
    return [line.strip() for line in value.split("\n") if line.strip()]


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
