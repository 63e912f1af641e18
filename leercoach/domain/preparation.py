"""The employee's preparation: a form that goes out as a fillable PDF and comes back.

The manager writes a form for one person and one deck; the person fills it in with any
PDF reader and sends it back; leercoach reads it and keeps it as that person's pending
*preparation* for the deck. When the manager starts that deck with them, the talk uses
it (``used``): each card shows what the person prepared beside the manager's answer,
never over it, and the form's own topics have joined the talking points.

The form carries its identity (``FormIdentity``) in a hidden field and in its XMP
metadata. Its fields are named here, once, for the writer and the reader: an answer
field per card (a text field, or a radio group for a scale, yes/no or choice card, whose
states are ASCII names: ``s1``…``s5``, ``ja``/``nee``, the option ids), a note field
beside each radio group, and one field for the person's own topics, one per line. A
multiple-choice card has a check box per option instead (``m_<card>__<option id>``: a
period would make a hierarchy of PDF field names); a card with ``other`` one more (the
state or box ``other``) and the text field ``o_<card>`` beside it. What comes back is
kept as a conversation keeps it (``AnswerSpec.encode``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from leercoach.domain.deck import (
    NO,
    OTHER_ID,
    SCALE_MAX,
    SCALE_MIN,
    YES,
    AnsweredBy,
    AnswerSpec,
    AnswerType,
    Card,
    Deck,
)
from leercoach.domain.form_identity import FormIdentity
from leercoach.domain.talking_point import MAX_LENGTH as POINT_MAX_LENGTH
from leercoach.language import _

IDENTITY_FIELD = "leercoach_form"
POINTS_FIELD = "points"
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_FIELD_CHARS = 20_000
"""A field longer than this is no answer to a question: refused, not cut."""


RADIO_TYPES = frozenset({AnswerType.SCALE, AnswerType.YESNO, AnswerType.CHOICE})
NOTED_TYPES = RADIO_TYPES | {AnswerType.MULTI}
"""The cards with a note field beside the value picked."""
_STATE = re.compile(r"[A-Za-z0-9-]{1,60}")


class FormRefusedError(ValueError):
    """A returned form leercoach cannot take: one sentence, nothing stored."""


class PrepStatus(StrEnum):
    PENDING = "pending"
    """Read in; no talk has used it yet."""
    USED = "used"
    """A conversation of its deck with that person shows it."""


class ImportOutcome(StrEnum):
    NEW = "new"
    SAME = "same"
    """The same form with the same values again: nothing changed."""
    REPLACED = "replaced"
    """The same form with other values, while its talk was not completed."""


def answer_field(card_id: str) -> str:
    return f"a_{card_id}"


def note_field(card_id: str) -> str:
    return f"n_{card_id}"


def box_field(card_id: str, state: str) -> str:
    """A multiple-choice card's check box for one option (``state``: ``states``')."""
    return f"m_{card_id}__{state}"


def other_field(card_id: str) -> str:
    """The text of one's own beside "anders, namelijk" on a card with ``other``."""
    return f"o_{card_id}"


def form_cards(deck: Deck) -> tuple[tuple[Card, ...], tuple[Card, ...]]:
    """The cards the employee answers: the main path, then the optional ("extra vragen").

    Cards the deck says the manager answers are left out.
    """
    theirs = [card for card in deck.cards if card.answered_by is not AnsweredBy.MANAGER]
    main = tuple(card for card in theirs if not card.optional)
    extra = tuple(card for card in theirs if card.optional)
    return main, extra


def states(spec: AnswerSpec) -> tuple[str, ...]:
    """The radio states of a card, in the order shown: ASCII names a PDF can carry."""
    if spec.type is AnswerType.SCALE:
        return tuple(f"s{value}" for value in range(SCALE_MIN, SCALE_MAX + 1))
    if spec.type is AnswerType.YESNO:
        return (YES, NO)
    named = tuple(
        option_id if _STATE.fullmatch(option_id) else f"o{index + 1}"
        for index, option_id in enumerate(spec.option_ids)
    )
    return (*named, OTHER_ID) if spec.other else named


@dataclass(frozen=True)
class FieldValue:
    """One field as the reader found it: its kind and its value (None: left empty)."""

    kind: str
    """``text`` or ``button``."""
    value: str | None


@dataclass(frozen=True)
class PreparedAnswer:
    card_id: str
    question: str
    answer: str
    """As a conversation stores it: the text, a scale's digit, ``ja``/``nee``, the option."""
    note: str = ""
    option_id: str | None = None


@dataclass(frozen=True)
class FilledForm:
    """What came back, read against the deck the form was written from."""

    identity: FormIdentity
    answers: tuple[PreparedAnswer, ...]
    talking_points: tuple[str, ...]

    def digest(self) -> str:
        """The values' fingerprint: the same form read twice gives the same one."""
        data = {
            "answers": [[a.card_id, a.answer, a.note, a.option_id] for a in self.answers],
            "points": list(self.talking_points),
        }
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Preparation:
    """A form read in: pending until a talk of its deck with that person uses it."""

    form_id: str
    employee_id: str
    talk_slug: str
    deck_slug: str
    deck_version: int
    deck_hash: str
    imported_at: datetime
    conversation_id: str | None
    answers: tuple[PreparedAnswer, ...]
    talking_points: tuple[str, ...]

    @property
    def status(self) -> PrepStatus:
        return PrepStatus.PENDING if self.conversation_id is None else PrepStatus.USED

    def answer(self, card_id: str) -> PreparedAnswer | None:
        for prepared in self.answers:
            if prepared.card_id == card_id:
                return prepared
        return None


def read_filled(
    identity: FormIdentity, deck: Deck, fields: Mapping[str, FieldValue], file_name: str
) -> FilledForm:
    """The form's values against ``deck``; FormRefusedError names the first field that is wrong."""
    main, extra = form_cards(deck)
    answers: list[PreparedAnswer] = []
    for card in (*main, *extra):
        prepared = _card_answer(card, fields, file_name, deck.language)
        if prepared is not None:
            answers.append(prepared)
    points = _points(fields.get(POINTS_FIELD), file_name)
    return FilledForm(identity, tuple(answers), points)


def _card_answer(
    card: Card, fields: Mapping[str, FieldValue], file_name: str, language: str
) -> PreparedAnswer | None:
    """One card's answer; a text of one's own kept with the words of the form's
    ``language`` before it, as the form showed them."""
    name = answer_field(card.id)
    if card.answer.type is AnswerType.MULTI:
        name = box_field(card.id, states(card.answer)[0])
    found = fields.get(name)
    if found is None:
        raise _missing(card, name, file_name)
    if card.answer.type in RADIO_TYPES:
        answer, option_id = _chosen(card, fields, file_name, language)
    elif card.answer.type is AnswerType.MULTI:
        answer, option_id = _ticked(card, fields, file_name, language)
    else:
        answer, option_id = _text(found, name, file_name), None
    note = ""
    if card.answer.type in NOTED_TYPES:
        note = _text(fields.get(note_field(card.id)), note_field(card.id), file_name)
    if not answer and not note:
        return None
    return PreparedAnswer(card.id, card.question, answer, note, option_id)


def _chosen(
    card: Card, fields: Mapping[str, FieldValue], file_name: str, language: str
) -> tuple[str, str | None]:
    found = fields[answer_field(card.id)]
    if found.kind != "button":
        raise _wrong_kind(answer_field(card.id), file_name)
    state = (found.value or "").lstrip("/")
    if state in ("", "Off"):
        # A text typed beside "anders, namelijk" without picking it still says so.
        return card.answer.encode([OTHER_ID], _own(card, fields, file_name), language)
    names = states(card.answer)
    if state not in names:
        raise FormRefusedError(
            _(
                "{file}: the field {field} holds {value}, which is not one of the choices of "
                "“{question}”",
                file=file_name,
                field=answer_field(card.id),
                value=repr(state),
                question=card.question,
            )
        )
    index = names.index(state)
    if card.answer.other and state == OTHER_ID:
        return card.answer.encode([OTHER_ID], _own(card, fields, file_name), language)
    if card.answer.type is AnswerType.SCALE:
        return str(SCALE_MIN + index), None
    if card.answer.type is AnswerType.YESNO:
        return state, None
    return card.answer.options[index], card.answer.option_ids[index]


def _ticked(
    card: Card, fields: Mapping[str, FieldValue], file_name: str, language: str
) -> tuple[str, str | None]:
    """A multiple-choice card's boxes: each ticked one (its on state, "/Yes") is chosen;
    a text beside "anders, namelijk" counts, ticked or not."""
    chosen: list[str] = []
    names = states(card.answer)
    for state, option_id in zip(names, (*card.answer.option_ids, OTHER_ID), strict=False):
        name = box_field(card.id, state)
        found = fields.get(name)
        if found is None:
            raise _missing(card, name, file_name)
        if found.kind != "button":
            raise _wrong_kind(name, file_name)
        if (found.value or "").lstrip("/") not in ("", "Off"):
            chosen.append(option_id)
    return card.answer.encode([*chosen, OTHER_ID], _own(card, fields, file_name), language)


def _own(card: Card, fields: Mapping[str, FieldValue], file_name: str) -> str:
    """The text of one's own beside "anders, namelijk" ("" on a card without ``other``)."""
    if not card.answer.other:
        return ""
    name = other_field(card.id)
    if name not in fields:
        raise _missing(card, name, file_name)
    return _text(fields[name], name, file_name)


def _text(found: FieldValue | None, name: str, file_name: str) -> str:
    if found is None:
        return ""
    if found.kind != "text":
        raise _wrong_kind(name, file_name)
    value = (found.value or "").replace("\r\n", "\n").replace("\r", "\n")
    if len(value) > MAX_FIELD_CHARS:
        raise FormRefusedError(
            _(
                "{file}: the field {field} holds {count} characters; a field may hold at most "
                "{limit}",
                file=file_name,
                field=name,
                count=len(value),
                limit=MAX_FIELD_CHARS,
            )
        )
    return value.strip()


def _missing(card: Card, name: str, file_name: str) -> FormRefusedError:
    return FormRefusedError(
        _(
            "{file}: the field {field} of the question “{question}” is missing: the form "
            "was changed after leercoach wrote it",
            file=file_name,
            field=name,
            question=card.question,
        )
    )


def _wrong_kind(name: str, file_name: str) -> FormRefusedError:
    return FormRefusedError(
        _(
            "{file}: the field {field} is not of the kind leercoach wrote (a text field where "
            "a choice was, or the other way round): the form was changed after it was written",
            file=file_name,
            field=name,
        )
    )


def _points(found: FieldValue | None, file_name: str) -> tuple[str, ...]:
    text = _text(found, POINTS_FIELD, file_name)
    points: list[str] = []
    for number, line in enumerate(text.split("\n"), start=1):
        topic = line.strip().lstrip("-•*").strip()
        if not topic:
            continue
        if len(topic) > POINT_MAX_LENGTH:
            raise FormRefusedError(
                _(
                    "{file}: topic {number} in the field for your own topics is {count} "
                    "characters long; a topic may be at most {limit} (one topic per line)",
                    file=file_name,
                    number=number,
                    count=len(topic),
                    limit=POINT_MAX_LENGTH,
                )
            )
        points.append(topic)
    return tuple(points)
