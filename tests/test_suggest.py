"""The next-deck suggestion: the person first, then what the growth cycle lacks, never the
same kind of talk twice on one day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from leercoach.domain import ConversationStatus, DeckKind
from leercoach.domain.suggest import SuggestionReason, suggest_deck, talk_kind
from tests.test_growth_overview import PERSON, overview, talk

MARCH = date(2026, 3, 10)
DECEMBER_FIRST = date(2026, 12, 1)


def test_a_cycle_without_a_planning_talk_gets_one_suggested_before_a_check_in() -> None:
    without_planning = overview(conversations=[talk("t2", "check-in", date(2026, 2, 4))])
    suggestion = suggest_deck(PERSON, MARCH, without_planning)
    assert (suggestion.reason, suggestion.slug) == (
        SuggestionReason.PLANNING_MISSING,
        "ontwikkelgesprek",
    )
    planned = overview(conversations=[talk("t1", "ontwikkelgesprek", date(2026, 1, 20))])
    assert suggest_deck(PERSON, MARCH, planned).slug == "check-in"
    draft = talk("t1", "ontwikkelgesprek", date(2026, 1, 20), ConversationStatus.DRAFT)
    assert suggest_deck(PERSON, MARCH, overview(conversations=[draft])).slug == "check-in"


def test_in_the_cycle_s_last_two_months_a_missing_evaluation_is_suggested() -> None:
    planned = overview(conversations=[talk("t1", "ontwikkelgesprek", date(2026, 1, 20))])
    assert suggest_deck(PERSON, date(2026, 10, 31), planned).slug == "check-in"
    due = suggest_deck(PERSON, DECEMBER_FIRST, planned)
    assert (due.reason, due.slug) == (SuggestionReason.EVALUATION_DUE, "groeicyclus-evalueren")
    evaluated = overview()  # planning, check-in and evaluation all held
    assert suggest_deck(PERSON, DECEMBER_FIRST, evaluated).slug == "check-in"


def test_leaving_and_new_come_before_the_cycle() -> None:
    empty = overview(conversations=[])
    leaving = replace(PERSON, end_date=date(2027, 1, 31))
    assert suggest_deck(leaving, MARCH, empty).reason is SuggestionReason.LEAVING
    new = replace(PERSON, start_date=date(2026, 2, 1))
    assert suggest_deck(new, MARCH, empty).reason is SuggestionReason.NEW
    assert suggest_deck(PERSON, MARCH).reason is SuggestionReason.REGULAR  # no cycle known


def test_no_second_talk_of_the_same_kind_on_one_day() -> None:
    complete = overview()
    assert not suggest_deck(PERSON, MARCH, complete).held_today
    again = suggest_deck(PERSON, MARCH, complete, {DeckKind.CHECK_IN})
    assert again.held_today and again.slug == "check-in"
    assert not suggest_deck(PERSON, MARCH, complete, {DeckKind.ONTWIKKELGESPREK}).held_today


def test_a_talk_without_its_deck_is_known_by_its_slug() -> None:
    assert talk_kind(talk("t", "check-in-en", MARCH), None) is DeckKind.CHECK_IN
    assert talk_kind(talk("t", "eigen-deck", MARCH), None) is None
