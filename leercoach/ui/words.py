"""The UI's words for the domain's fixed values, from the one catalogue
(``leercoach.vocabulary``), and dates as the UI's locale writes them."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QDate, QLocale

from leercoach import vocabulary
from leercoach.domain import (
    ActionOwner,
    ActionStatus,
    CyclePhase,
    DeckKind,
    GoalStatus,
    GrowthPhase,
    LearningForm,
)
from leercoach.domain.conversation import ConversationStatus
from leercoach.domain.people import KnownPerson, MatchReason

PLACE = re.compile(r"%(\d)")


def fill(template: str, *values: str) -> str:
    """A translated text with its %1, %2, … filled in at once: a value holding '%2' (a
    name can) is not filled in again, as chained str.replace calls would."""
    return PLACE.sub(lambda found: values[int(found[1]) - 1], template)


def action_status(status: ActionStatus) -> str:
    return vocabulary.label(status)


def owner(value: ActionOwner, name: str = "") -> str:
    """The role, with the named person if there is one: "samen (Pieter, de buddy)"."""
    return vocabulary.owner(value, name)


def growth_phase(phase: GrowthPhase) -> str:
    return vocabulary.label(phase)


def cycle_phase(phase: CyclePhase) -> str:
    return vocabulary.label(phase)


def goal_status(status: GoalStatus) -> str:
    return vocabulary.label(status)


def learning_form(form: LearningForm) -> str:
    return vocabulary.label(form)


def conversation_status(status: ConversationStatus) -> str:
    return vocabulary.label(status)


def deck_kind(kind: DeckKind) -> str:
    return vocabulary.label(kind)


def urgency(value: Enum) -> str:
    """'te laat' or 'deze week': how a talk, action or goal of the week stands."""
    return vocabulary.label(value)


def yes() -> str:
    return vocabulary.yes()


def no() -> str:
    return vocabulary.no()


def long_date(day: date | datetime | None) -> str:
    """'12 maart 2026' in Dutch, '12 March 2026' in English."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.date()
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def short_date(day: date | datetime | None) -> str:
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.date()
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def match_reason(reason: MatchReason) -> str:
    """Why two entries are taken for one person: 'same e-mail address'."""
    return vocabulary.label(reason)


def known_person(person: KnownPerson) -> str:
    """'Zoë Van den Broeck, Zorg': the name, and the team when there is one."""
    return f"{person.name}, {person.team}" if person.team else person.name
