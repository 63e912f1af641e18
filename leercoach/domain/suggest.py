"""Which deck fits this person today: exit talk when leaving, onboarding when new."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from leercoach.domain.employee import Employee

ONBOARDING_DAYS = 92


class SuggestionReason(StrEnum):
    LEAVING = "leaving"
    NEW = "new"
    REGULAR = "regular"


def suggest_deck(employee: Employee, today: date) -> tuple[str, SuggestionReason]:
    """The slug of the fitting deck and why it fits."""
    if employee.end_date is not None:
        return "exitgesprek", SuggestionReason.LEAVING
    if employee.started_recently(today, ONBOARDING_DAYS):
        return "onboarding", SuggestionReason.NEW
    return "check-in", SuggestionReason.REGULAR
