"""Translated names for the domain's fixed values (statuses, owners, kinds, phases)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from leercoach.domain import ActionOwner, ActionStatus, CyclePhase, DeckKind, GrowthPhase
from leercoach.domain.conversation import ConversationStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("Words", text)


def action_status(status: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: _t("open"),
        ActionStatus.BEZIG: _t("in progress"),
        ActionStatus.KLAAR: _t("done"),
        ActionStatus.GESCHRAPT: _t("dropped"),
    }[status]


def owner(value: ActionOwner) -> str:
    return {
        ActionOwner.MEDEWERKER: _t("employee"),
        ActionOwner.LEIDINGGEVENDE: _t("manager"),
        ActionOwner.SAMEN: _t("together"),
    }[value]


def growth_phase(phase: GrowthPhase) -> str:
    return {
        GrowthPhase.STARTER: _t("starter"),
        GrowthPhase.BEKWAAM: _t("competent"),
        GrowthPhase.EXPERT: _t("expert"),
        GrowthPhase.MENTOR: _t("mentor"),
    }[phase]


def cycle_phase(phase: CyclePhase) -> str:
    return {
        CyclePhase.PLANNEN: _t("plan"),
        CyclePhase.LEREN: _t("learn"),
        CyclePhase.OPVOLGEN: _t("follow up"),
        CyclePhase.EVALUEREN: _t("evaluate"),
    }[phase]


def conversation_status(status: ConversationStatus) -> str:
    return {
        ConversationStatus.DRAFT: _t("in progress"),
        ConversationStatus.COMPLETED: _t("completed"),
    }[status]


def deck_kind(kind: DeckKind) -> str:
    return {
        DeckKind.ONTWIKKELGESPREK: _t("Development talk"),
        DeckKind.CHECK_IN: _t("Check-in"),
        DeckKind.EXITGESPREK: _t("Exit talk"),
        DeckKind.ONBOARDING: _t("Onboarding"),
        DeckKind.FUNCTIONERINGSGESPREK: _t("Performance talk"),
        DeckKind.ZELFSCAN: _t("Self-scan"),
        DeckKind.GROEICYCLUS: _t("Growth cycle"),
        DeckKind.TRANSFER: _t("After a training"),
        DeckKind.FEEDFORWARD: _t("Feedforward"),
        DeckKind.REFLECTIE: _t("Reflection"),
        DeckKind.OVERIG: _t("Other"),
    }[kind]


def yes() -> str:
    return _t("yes")


def no() -> str:
    return _t("no")


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
