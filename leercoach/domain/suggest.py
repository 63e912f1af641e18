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


# The shipped decks for each reason, known here by slug (see suggested_slug).
SUGGESTED_SLUGS = {
    SuggestionReason.LEAVING: "exitgesprek",
    SuggestionReason.NEW: "onboarding",
    SuggestionReason.REGULAR: "check-in",
}


def suggestion_reason(employee: Employee, today: date) -> SuggestionReason:
    """Leaving (an end date is set) before new (started in the last three months)."""
    if employee.end_date is not None:
        return SuggestionReason.LEAVING
    if employee.started_recently(today, ONBOARDING_DAYS):
        return SuggestionReason.NEW
    return SuggestionReason.REGULAR


def suggested_slug(reason: SuggestionReason) -> str:
    """The slug of the deck suggested for ``reason``.

    The one place that knows decks by name for suggestions: today three shipped decks,
    by slug. When decks can say what they are suggested for (a deck field such as
    ``suggest_for = ["leaving"]``), this becomes a look-up in the loaded decks, and
    nothing that calls it changes.
    """
    return SUGGESTED_SLUGS[reason]


def suggest_deck(employee: Employee, today: date) -> tuple[str, SuggestionReason]:
    """The slug of the fitting deck and why it fits."""
    reason = suggestion_reason(employee, today)
    return suggested_slug(reason), reason
