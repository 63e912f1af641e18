"""Which deck fits this person today: exit talk when leaving, onboarding when new, and
otherwise the talk their growth cycle still lacks before a regular check-in; and which
deck follows a talk.

In order: leaving (an end date is set), new (started in the last three months), the
cycle's planning talk missing (no planning talk held at all, drafts count as held), the
evaluation talk missing in the cycle's last two months (``Period.ends_soon``), and else a
regular check-in. The decks say which fits (``suggested_deck``): a missing talk goes to a
deck whose ``suggest_for_gaps`` names the gap (``plannen:no-talk``, ``evalueren:no-talk``),
else, for decks that name no gap, to a deck of the reason's kind (``REASON_KINDS``). A talk
of the suggested deck's kind that was already held today answers it: nothing is suggested
then, so no second check-in on one day. After a talk, the next one is held with the deck
whose ``suggest_after`` names the talk's deck (``deck_after``): the opvolggesprek after the
plangesprek. No deck is known here by its slug.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from leercoach.domain.conversation import Conversation
from leercoach.domain.cycle import CyclePhase
from leercoach.domain.deck import Audience, Deck, DeckKind
from leercoach.domain.employee import Employee
from leercoach.domain.growth import CycleOverview, GapKind, gap_code

ONBOARDING_DAYS = 92


class SuggestionReason(StrEnum):
    LEAVING = "leaving"
    NEW = "new"
    PLANNING_MISSING = "planning-missing"
    EVALUATION_DUE = "evaluation-due"
    REGULAR = "regular"


# The gap in the growth cycle a reason answers: a deck naming it in ``suggest_for_gaps`` is
# the one suggested.
REASON_GAPS = {
    SuggestionReason.PLANNING_MISSING: gap_code(CyclePhase.PLANNEN, GapKind.NO_TALK),
    SuggestionReason.EVALUATION_DUE: gap_code(CyclePhase.EVALUEREN, GapKind.NO_TALK),
}

# The kind of talk each reason asks for: the deck suggested where no deck names the
# reason's gap (an older deck set), and what a talk held today must be to answer it when
# no deck fits at all.
REASON_KINDS = {
    SuggestionReason.LEAVING: DeckKind.EXITGESPREK,
    SuggestionReason.NEW: DeckKind.ONBOARDING,
    SuggestionReason.PLANNING_MISSING: DeckKind.ONTWIKKELGESPREK,
    SuggestionReason.EVALUATION_DUE: DeckKind.FUNCTIONERINGSGESPREK,
    SuggestionReason.REGULAR: DeckKind.CHECK_IN,
}


@dataclass(frozen=True)
class Suggestion:
    reason: SuggestionReason
    slug: str
    """The deck that fits ``reason`` (``suggested_deck``); empty when no loaded deck does."""
    held_today: bool = False
    """A talk of that deck's kind was already held today: the deck is not suggested again."""


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


def suggested_deck(reason: SuggestionReason, decks: Iterable[Deck], language: str) -> Deck | None:
    """The deck suggested for ``reason`` among ``decks``, None when none fits.

    Only talks with the employee (``audience = "employee"``). For a gap in the cycle a
    deck naming it in ``suggest_for_gaps``; where none does, and for the other reasons, a
    deck of the reason's kind. Among several: one in ``language`` (the manager's) first,
    then the one whose slug is the kind's own name (``check-in``), then by title.
    """
    talks = [deck for deck in decks if deck.audience == Audience.EMPLOYEE]
    gap = REASON_GAPS.get(reason)
    kind = REASON_KINDS[reason]
    naming = [deck for deck in talks if gap in deck.suggest_for_gaps] if gap else []
    fitting = naming or [deck for deck in talks if deck.kind == kind]
    return min(fitting, key=lambda deck: _preferred(deck, language, kind), default=None)


def deck_after(slug: str, decks: Iterable[Deck], language: str) -> Deck | None:
    """The deck for the talk after one held with deck ``slug``: a talk with the employee
    whose ``suggest_after`` names it, one in ``language`` first, then by title; None when
    no deck says it follows ``slug`` (the next talk is held with the same deck)."""
    following = [
        deck for deck in decks if slug in deck.suggest_after and deck.audience == Audience.EMPLOYEE
    ]
    return min(following, key=lambda deck: _preferred(deck, language, None), default=None)


def _preferred(deck: Deck, language: str, kind: DeckKind | None) -> tuple[bool, bool, str, str]:
    """Sorts first the deck in ``language``, then the one named after ``kind``, then title."""
    named = kind is not None and deck.slug == kind.value
    return (deck.language != language, not named, deck.title.casefold(), deck.slug)


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
    decks: Iterable[Deck] = (),
    language: str = "nl",
) -> Suggestion:
    """The fitting deck among ``decks``, why it fits, and whether a talk of its kind was
    held today; ``language`` is the manager's (``suggested_deck``)."""
    reason = suggestion_reason(employee, today, cycle)
    deck = suggested_deck(reason, decks, language)
    kind = deck.kind if deck is not None else REASON_KINDS[reason]
    return Suggestion(reason, deck.slug if deck else "", kind in kinds_held_today)
