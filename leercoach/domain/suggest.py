"""Which deck fits this person today: exit talk when leaving, onboarding when new, and
otherwise the talk their growth cycle still lacks before a regular check-in.

In order: leaving (an end date is set), new (started in the last three months), the
cycle's planning talk missing (no planning talk held at all, drafts count as held), the
evaluation talk missing in the cycle's last two months (``Period.ends_soon``), and else a
regular check-in. A talk of the kind a reason asks for (``REASON_KINDS``) that was already
held today answers it: nothing is suggested then, so no second check-in on one day.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from leercoach.domain.conversation import Conversation
from leercoach.domain.cycle import CyclePhase
from leercoach.domain.deck import Deck, DeckKind
from leercoach.domain.employee import Employee
from leercoach.domain.growth import CycleOverview, GapKind

ONBOARDING_DAYS = 92


class SuggestionReason(StrEnum):
    LEAVING = "leaving"
    NEW = "new"
    PLANNING_MISSING = "planning-missing"
    EVALUATION_DUE = "evaluation-due"
    REGULAR = "regular"


# The shipped decks for each reason, known here by slug (see suggested_slug).
SUGGESTED_SLUGS = {
    SuggestionReason.LEAVING: "exitgesprek",
    SuggestionReason.NEW: "onboarding",
    SuggestionReason.PLANNING_MISSING: "ontwikkelgesprek",
    # Evaluating the cycle is reflection, not an appraisal (002 §7.2): its own deck.
    SuggestionReason.EVALUATION_DUE: "groeicyclus-evalueren",
    SuggestionReason.REGULAR: "check-in",
}

# The kind of talk each reason asks for, whichever deck holds it (a short team check-in is a
# check-in too): one held today already answers the reason.
REASON_KINDS = {
    SuggestionReason.LEAVING: DeckKind.EXITGESPREK,
    SuggestionReason.NEW: DeckKind.ONBOARDING,
    SuggestionReason.PLANNING_MISSING: DeckKind.ONTWIKKELGESPREK,
    SuggestionReason.EVALUATION_DUE: DeckKind.GROEICYCLUS,
    SuggestionReason.REGULAR: DeckKind.CHECK_IN,
}


@dataclass(frozen=True)
class Suggestion:
    reason: SuggestionReason
    slug: str
    """The deck that fits ``reason`` (``suggested_slug``)."""
    held_today: bool = False
    """A talk of that kind was already held today: the deck is not suggested again."""


def suggestion_reason(
    employee: Employee, today: date, cycle: CycleOverview | None = None
) -> SuggestionReason:
    """Why a deck fits today, in the order of the module docstring; ``cycle`` is the
    overview of the cycle running today, None when it is not known."""
    if employee.end_date is not None:
        return SuggestionReason.LEAVING
    if employee.started_recently(today, ONBOARDING_DAYS):
        return SuggestionReason.NEW
    if cycle is not None and cycle.entry(CyclePhase.PLANNEN).gap(GapKind.NO_TALK):
        return SuggestionReason.PLANNING_MISSING
    if (
        cycle is not None
        and cycle.period.ends_soon(today)
        and cycle.entry(CyclePhase.EVALUEREN).gap(GapKind.NO_TALK)
    ):
        return SuggestionReason.EVALUATION_DUE
    return SuggestionReason.REGULAR


def suggested_slug(reason: SuggestionReason) -> str:
    """The slug of the deck suggested for ``reason``.

    The one place that knows decks by name for suggestions: today five shipped decks,
    by slug. When decks can say what they are suggested for (a deck field such as
    ``suggest_for = ["leaving"]``), this becomes a look-up in the loaded decks, and
    nothing that calls it changes.
    """
    return SUGGESTED_SLUGS[reason]


def talk_kind(conversation: Conversation, deck: Deck | None) -> DeckKind | None:
    """The kind of a talk: its deck's, or read from its slug when it has no deck; None
    for the manager's own record, which is no talk (``talks.is_talk``)."""
    if not conversation.is_talk:
        return None
    if deck is not None:
        return deck.kind
    return next((kind for kind in DeckKind if kind.value in conversation.deck_slug), None)


def suggest_deck(
    employee: Employee,
    today: date,
    cycle: CycleOverview | None = None,
    kinds_held_today: Collection[DeckKind] = (),
) -> Suggestion:
    """The fitting deck, why it fits, and whether a talk of its kind was held today."""
    reason = suggestion_reason(employee, today, cycle)
    held = REASON_KINDS[reason] in kinds_held_today
    return Suggestion(reason, suggested_slug(reason), held)
