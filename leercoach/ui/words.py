"""Translated names for the domain's fixed values (statuses, owners, kinds, phases)."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

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

translate = QCoreApplication.translate
PLACE = re.compile(r"%(\d)")


def fill(template: str, *values: str) -> str:
    """A translated text with its %1, %2, … filled in at once: a value holding '%2' (a
    name can) is not filled in again, as chained str.replace calls would."""
    return PLACE.sub(lambda found: values[int(found[1]) - 1], template)


def action_status(status: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: translate("Words", "open"),
        ActionStatus.BEZIG: translate("Words", "in progress"),
        ActionStatus.KLAAR: translate("Words", "done"),
        ActionStatus.GESCHRAPT: translate("Words", "dropped"),
    }[status]


def owner(value: ActionOwner) -> str:
    return {
        ActionOwner.MEDEWERKER: translate("Words", "employee"),
        ActionOwner.LEIDINGGEVENDE: translate("Words", "manager"),
        ActionOwner.SAMEN: translate("Words", "together"),
    }[value]


def growth_phase(phase: GrowthPhase) -> str:
    return {
        GrowthPhase.STARTER: translate("Words", "starter"),
        GrowthPhase.BEKWAAM: translate("Words", "competent"),
        GrowthPhase.EXPERT: translate("Words", "expert"),
        GrowthPhase.MENTOR: translate("Words", "mentor"),
    }[phase]


def cycle_phase(phase: CyclePhase) -> str:
    return {
        CyclePhase.PLANNEN: translate("Words", "plan"),
        CyclePhase.LEREN: translate("Words", "learn"),
        CyclePhase.OPVOLGEN: translate("Words", "follow up"),
        CyclePhase.EVALUEREN: translate("Words", "evaluate"),
    }[phase]


def goal_status(status: GoalStatus) -> str:
    return {
        GoalStatus.OPEN: translate("Words", "open"),
        GoalStatus.BEZIG: translate("Words", "in progress"),
        GoalStatus.BEHAALD: translate("Words", "achieved"),
        GoalStatus.LOSGELATEN: translate("Words", "let go"),
    }[status]


def learning_form(form: LearningForm) -> str:
    return {
        LearningForm.OPLEIDING: translate("Words", "training course"),
        LearningForm.ON_THE_JOB: translate("Words", "on the job"),
        LearningForm.MEELOPEN: translate("Words", "job shadowing"),
        LearningForm.PEER_LEARNING: translate("Words", "peer learning"),
        LearningForm.COACHING: translate("Words", "coaching"),
        LearningForm.ZELFSTUDIE: translate("Words", "self-study"),
        LearningForm.ANDERE: translate("Words", "other"),
    }[form]


def conversation_status(status: ConversationStatus) -> str:
    return {
        ConversationStatus.DRAFT: translate("Words", "in progress"),
        ConversationStatus.COMPLETED: translate("Words", "completed"),
    }[status]


def deck_kind(kind: DeckKind) -> str:
    return {
        DeckKind.ONTWIKKELGESPREK: translate("Words", "Development talk"),
        DeckKind.CHECK_IN: translate("Words", "Check-in"),
        DeckKind.EXITGESPREK: translate("Words", "Exit talk"),
        DeckKind.ONBOARDING: translate("Words", "Onboarding"),
        DeckKind.FUNCTIONERINGSGESPREK: translate("Words", "Performance talk"),
        DeckKind.ZELFSCAN: translate("Words", "Self-scan"),
        DeckKind.GROEICYCLUS: translate("Words", "Growth cycle"),
        DeckKind.TRANSFER: translate("Words", "After a training"),
        DeckKind.FEEDFORWARD: translate("Words", "Feedforward"),
        DeckKind.REFLECTIE: translate("Words", "Reflection"),
        DeckKind.OVERIG: translate("Words", "Other"),
    }[kind]


def yes() -> str:
    return translate("Words", "yes")


def no() -> str:
    return translate("Words", "no")


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
    """Why two entries are taken for one person: 'same e-mail (as Zoë Peeters)'."""
    return {
        MatchReason.EMPLOYEE_NUMBER: translate("Words", "same employee number"),
        MatchReason.EMAIL: translate("Words", "same e-mail address"),
        MatchReason.NAME_AND_START: translate("Words", "same name and start date"),
        MatchReason.NAME: translate("Words", "same name"),
    }[reason]


def known_person(person: KnownPerson) -> str:
    """'Zoë Van den Broeck, Zorg': the name, and the team when there is one."""
    return f"{person.name}, {person.team}" if person.team else person.name
