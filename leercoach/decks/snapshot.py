"""A deck as canonical JSON, and its content hash: how a conversation keeps its deck.

The hash is the sha256 of the canonical text (keys sorted, no spaces, UTF-8), not of
the file's bytes: a comment, a reordered key or other whitespace in the TOML file gives
the same deck and the same hash; any change to what is shown or reported gives another.
The file's location (``Deck.path``) is not part of a deck's content.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from leercoach.domain.deck import AnsweredBy, AnswerSpec, AnswerType, Audience, Card, Deck, DeckKind


def deck_data(deck: Deck) -> dict[str, Any]:
    """Every field of the deck and its cards, as JSON-ready data.

    A field added after the first snapshots (``audience``, ``translation_of``,
    ``suggest_after``, ``suggest_for_gaps``, a card's ``answered_by`` and ``optional``, an
    answer's ``other``) is written only where it differs from its default, so a deck that does
    not use it keeps the hash it had.
    """
    data: dict[str, Any] = {
        "slug": deck.slug,
        "version": deck.version,
        "title": deck.title,
        "kind": deck.kind.value,
        "language": deck.language,
        "description": deck.description,
        "duration_minutes": deck.duration_minutes,
        "source": deck.source,
        "cards": [_card_data(card) for card in deck.cards],
    }
    if deck.audience is not Audience.EMPLOYEE:
        data["audience"] = deck.audience.value
    if deck.translation_of is not None:
        data["translation_of"] = deck.translation_of
    if deck.suggest_after:
        data["suggest_after"] = list(deck.suggest_after)
    if deck.suggest_for_gaps:
        data["suggest_for_gaps"] = list(deck.suggest_for_gaps)
    return data


def _card_data(card: Card) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "type": card.answer.type.value,
        "labels": list(card.answer.labels),
        "options": list(card.answer.options),
    }
    if card.answer.ids_given:
        # Only where the deck named them: a deck without ids keeps the hash it had.
        answer["option_ids"] = list(card.answer.option_ids)
    if card.answer.other:
        answer["other"] = True
    data: dict[str, Any] = {
        "id": card.id,
        "question": card.question,
        "theme": card.theme,
        "answer": answer,
        "follow_ups": list(card.follow_ups),
        "tip": card.tip,
        "phase": card.phase,
    }
    if card.answered_by is not None:
        data["answered_by"] = card.answered_by.value
    if card.optional:
        data["optional"] = True
    return data


def canonical_json(deck: Deck) -> str:
    return json.dumps(
        deck_data(deck), ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )


def content_hash(deck: Deck) -> str:
    """sha256 (64 hex digits) of the deck's canonical JSON."""
    return snapshot(deck)[0]


def snapshot(deck: Deck) -> tuple[str, str]:
    """The deck's content hash and its canonical JSON, the text the hash is of."""
    text = canonical_json(deck)
    return hashlib.sha256(text.encode("utf-8")).hexdigest(), text


def deck_from_json(text: str) -> Deck:
    """The deck that ``canonical_json`` wrote; ValueError, KeyError or TypeError if it is not."""
    data = json.loads(text)
    return Deck(
        slug=data["slug"],
        version=int(data["version"]),
        title=data["title"],
        kind=DeckKind(data["kind"]),
        language=data["language"],
        description=data["description"],
        duration_minutes=int(data["duration_minutes"]),
        source=data["source"],
        cards=tuple(_card(raw) for raw in data["cards"]),
        audience=Audience(data.get("audience", Audience.EMPLOYEE)),
        translation_of=data.get("translation_of"),
        suggest_after=tuple(data.get("suggest_after", ())),
        suggest_for_gaps=tuple(data.get("suggest_for_gaps", ())),
    )


def _card(raw: dict[str, Any]) -> Card:
    answer = raw["answer"]
    return Card(
        id=raw["id"],
        question=raw["question"],
        theme=raw["theme"],
        answer=AnswerSpec(
            type=AnswerType(answer["type"]),
            labels=tuple(answer["labels"]),
            options=tuple(answer["options"]),
            option_ids=tuple(answer.get("option_ids", ())),
            other=bool(answer.get("other", False)),
        ),
        follow_ups=tuple(raw["follow_ups"]),
        tip=raw["tip"],
        phase=raw["phase"],
        answered_by=AnsweredBy(raw["answered_by"]) if raw.get("answered_by") else None,
        optional=bool(raw.get("optional", False)),
    )
