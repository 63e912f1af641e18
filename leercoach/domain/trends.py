"""Trends: a person's scale answers over time, one series per deck and card.

A series is keyed by (deck slug, card id): card ids repeat across decks, so "energie" of
the check-in is another series than "energie" of the development talk. Its points are the
scale answers of talks (``talks.is_talk``: the manager's own decks are left out), dated
by the talk's date (the day it was first completed; reopening does not move it). A card
skipped on purpose, an empty or non-numeric value is no point. Where the scale's labels
change (the deck a talk was held with says other words for 1 to 5), a new series starts:
a 4 on "eerder niet … helemaal" and a 4 on "nooit … altijd" do not make one line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from leercoach.domain.conversation import Answer, Conversation
from leercoach.domain.deck import SCALE_MAX, SCALE_MIN, AnswerType, Deck, DeckKind
from leercoach.domain.talks import is_talk

CARD_SEPARATOR = ":"


@dataclass(frozen=True)
class ScaleAnswer:
    """One answer to a scale card, with what the trend needs of its talk and its deck."""

    deck: str
    card: str
    conversation_id: str
    held_at: datetime
    """When the talk was first completed."""
    value: str
    labels: tuple[str, ...]
    """The card's scale labels in the deck the talk was held with; () for a bare scale."""
    question: str = ""
    deck_title: str = ""
    kind: DeckKind | str | None = None
    skipped: bool = False
    audience: str = "employee"
    """Its conversation's audience: only a talk's (``talks.is_talk``) makes a trend."""


@dataclass(frozen=True)
class TrendPoint:
    conversation_id: str
    day: date
    value: int


@dataclass(frozen=True)
class Series:
    deck: str
    card: str
    labels: tuple[str, ...]
    points: tuple[TrendPoint, ...]
    question: str = ""
    deck_title: str = ""

    @property
    def key(self) -> str:
        """``deck:card``, as ``leercoach trends --card`` takes it."""
        return f"{self.deck}{CARD_SEPARATOR}{self.card}"

    def label_of(self, value: int) -> str:
        """The scale's word for ``value``; "" where the card has none."""
        index = value - SCALE_MIN
        return self.labels[index] if 0 <= index < len(self.labels) else ""

    def describe(self, value: int) -> str:
        """'4 – eerder wel', or '4' for a bare scale."""
        word = self.label_of(value)
        return f"{value} – {word}" if word else str(value)

    def within(self, start: date, end: date) -> Series:
        """The points dated from ``start`` to ``end``, both included."""
        return replace(self, points=tuple(p for p in self.points if start <= p.day <= end))

    def time_shares(self) -> list[float]:
        """Where each point stands along the time axis, from 0 (the first) to 1 (the last):
        by date; points of one day spread evenly; a single point in the middle. The chart on
        screen and the one in the PDF place their points by this."""
        points = self.points
        first, last = points[0].day, points[-1].day
        span = (last - first).days
        if len(points) == 1:
            return [0.5]
        if span == 0:
            return [index / (len(points) - 1) for index in range(len(points))]
        return [(point.day - first).days / span for point in points]

    def as_json(self) -> list[dict[str, Any]]:
        return [
            {
                "deck": self.deck,
                "card": self.card,
                "conversation_id": point.conversation_id,
                "date": point.day.isoformat(),
                "value": point.value,
            }
            for point in self.points
        ]


def scale_value(text: str) -> int | None:
    """The step a scale answer holds, or None when it holds none (empty, text, out of range)."""
    text = text.strip()
    if not text.isdigit():
        return None
    value = int(text)
    return value if SCALE_MIN <= value <= SCALE_MAX else None


def scale_labels(deck: Deck | None, card_id: str) -> tuple[str, ...] | None:
    """The labels of a scale card in the deck a talk was held with; None when that deck has
    no such card or it is not a scale (only the deck can say what a card was)."""
    if deck is None:
        return None
    for card in deck.cards:
        if card.id == card_id:
            return card.answer.labels if card.answer.type is AnswerType.SCALE else None
    return None


def scale_answers(
    conversations: Iterable[Conversation],
    answers: Mapping[str, Iterable[Answer]],
    decks: Mapping[str, Deck],
) -> list[ScaleAnswer]:
    """The scale answers of these conversations (held ones only), each with its deck's
    labels: ``answers`` and ``decks`` by conversation id, as a printed record has them."""
    found: list[ScaleAnswer] = []
    for talk in conversations:
        if talk.first_completed_at is None:
            continue
        for answer in answers.get(talk.id, ()):
            labels = scale_labels(decks.get(talk.id), answer.card_id)
            if labels is None:
                continue
            found.append(
                ScaleAnswer(
                    deck=talk.deck_slug,
                    card=answer.card_id,
                    conversation_id=talk.id,
                    held_at=talk.first_completed_at,
                    value=answer.value,
                    labels=labels,
                    question=answer.question,
                    deck_title=talk.deck_title,
                    kind=talk.deck_kind,
                    skipped=answer.skipped,
                    audience=talk.audience,
                )
            )
    return found


def build_series(answers: Iterable[ScaleAnswer]) -> list[Series]:
    """Every series of these answers, by deck, card and first date.

    The answers may come in any order: they are put in the order their talks were held.
    """
    counted = [a for a in answers if is_talk(a.audience) and not a.skipped]
    counted.sort(key=lambda a: (a.deck, a.card, a.held_at, a.conversation_id))
    found: list[Series] = []
    current: Series | None = None
    for answer in counted:
        value = scale_value(answer.value)
        if value is None:
            continue
        point = TrendPoint(answer.conversation_id, answer.held_at.date(), value)
        same = (
            current is not None
            and (current.deck, current.card) == (answer.deck, answer.card)
            and current.labels == answer.labels
        )
        if current is not None and same:
            current = replace(
                current,
                points=(*current.points, point),
                question=answer.question or current.question,
                deck_title=answer.deck_title or current.deck_title,
            )
            found[-1] = current
        else:
            current = Series(
                answer.deck,
                answer.card,
                answer.labels,
                (point,),
                answer.question,
                answer.deck_title,
            )
            found.append(current)
    found.sort(key=lambda s: (s.deck, s.card, s.points[0].day))
    return found


def read_card_key(text: str) -> tuple[str, str]:
    """``deck:card`` as (deck, card); ValueError when it is not of that form."""
    deck, separator, card = text.strip().partition(CARD_SEPARATOR)
    if not separator or not deck.strip() or not card.strip() or CARD_SEPARATOR in card:
        raise ValueError(text)
    return deck.strip(), card.strip()


def series_json(series: Iterable[Series]) -> list[dict[str, Any]]:
    """The points of all these series as ``leercoach trends --json`` prints them."""
    return [row for one in series for row in one.as_json()]
