"""The next-deck suggestion: the person first, then what the growth cycle lacks, never the
same kind of talk twice on one day; the loaded decks say which deck fits (issue 18)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from leercoach.domain import ConversationStatus, DeckKind
from leercoach.domain.deck import Audience
from leercoach.domain.suggest import (
    SuggestionReason,
    deck_after,
    suggest_deck,
    suggested_deck,
    talk_kind,
)
from tests.deck_links import LINKED_CYCLE, NEW_DECKS, OLD_DECKS, made
from tests.test_growth_overview import PERSON, overview, talk

MARCH = date(2026, 3, 10)
DECEMBER_FIRST = date(2026, 12, 1)


def test_a_cycle_without_a_planning_talk_gets_one_suggested_before_a_check_in() -> None:
    without_planning = overview(conversations=[talk("t2", "check-in", date(2026, 2, 4))])
    suggestion = suggest_deck(PERSON, MARCH, without_planning, decks=OLD_DECKS)
    assert (suggestion.reason, suggestion.slug) == (
        SuggestionReason.PLANNING_MISSING,
        "ontwikkelgesprek",  # no deck names the gap: the kind's own deck, before "Aaa kort"
    )
    linked = suggest_deck(PERSON, MARCH, without_planning, decks=NEW_DECKS)
    assert linked.slug == "groeicyclus-plannen"
    planned = overview(conversations=[talk("t1", "ontwikkelgesprek", date(2026, 1, 20))])
    assert suggest_deck(PERSON, MARCH, planned, decks=NEW_DECKS).slug == "check-in"
    draft = talk("t1", "ontwikkelgesprek", date(2026, 1, 20), ConversationStatus.DRAFT)
    drafted = overview(conversations=[draft])
    assert suggest_deck(PERSON, MARCH, drafted, decks=OLD_DECKS).slug == "check-in"


def test_in_the_cycle_s_last_two_months_the_evaluation_deck_is_suggested() -> None:
    planned = overview(conversations=[talk("t1", "ontwikkelgesprek", date(2026, 1, 20))])
    assert suggest_deck(PERSON, date(2026, 10, 31), planned, decks=NEW_DECKS).slug == "check-in"
    due = suggest_deck(PERSON, DECEMBER_FIRST, planned, decks=NEW_DECKS)
    # Evaluation is reflection, not an appraisal: the deck naming the gap, not the
    # functioneringsgesprek, which only an older deck set still gets.
    assert (due.reason, due.slug) == (SuggestionReason.EVALUATION_DUE, "groeicyclus-evalueren")
    old = suggest_deck(PERSON, DECEMBER_FIRST, planned, decks=OLD_DECKS)
    assert old.slug == "functioneringsgesprek"
    evaluated = overview()  # planning, check-in and evaluation all held
    assert suggest_deck(PERSON, DECEMBER_FIRST, evaluated, decks=NEW_DECKS).slug == "check-in"


def test_leaving_and_new_come_before_the_cycle_and_get_their_kind_s_deck() -> None:
    empty = overview(conversations=[])
    leaving = suggest_deck(replace(PERSON, end_date=date(2027, 1, 31)), MARCH, empty, (), NEW_DECKS)
    assert (leaving.reason, leaving.slug) == (SuggestionReason.LEAVING, "exitgesprek")
    new = suggest_deck(replace(PERSON, start_date=date(2026, 2, 1)), MARCH, empty, (), NEW_DECKS)
    assert (new.reason, new.slug) == (SuggestionReason.NEW, "onboarding")
    regular = suggest_deck(PERSON, MARCH, decks=NEW_DECKS)  # no cycle known
    assert (regular.reason, regular.slug) == (SuggestionReason.REGULAR, "check-in")


def test_among_decks_of_a_kind_the_managers_language_then_the_kind_s_own_then_the_title() -> None:
    team = made("aa-team", DeckKind.CHECK_IN, title="Aa team", audience=Audience.TEAM)
    own = made("aa-zelf", DeckKind.CHECK_IN, title="Aa zelf", audience=Audience.MANAGER)
    short = made("kort-check-in", DeckKind.CHECK_IN, title="Kort")
    brief = made("b-check-in", DeckKind.CHECK_IN, title="Beknopt")
    regular = SuggestionReason.REGULAR
    decks = [team, own, short, brief, *OLD_DECKS]
    assert suggested_deck(regular, decks, "nl") == decks[4]  # "check-in", though titled later
    english = suggested_deck(regular, decks, "en")
    assert english is not None and english.slug == "check-in-en"
    without = [team, own, short, brief]
    assert suggested_deck(regular, without, "nl") == brief  # by title; never team or own
    assert suggested_deck(regular, [team, own], "nl") is None
    # A deck in another language fits when the manager's has none (the picker translates).
    assert suggested_deck(SuggestionReason.NEW, OLD_DECKS, "en") == OLD_DECKS[2]
    nothing = suggest_deck(PERSON, MARCH, decks=[team])
    assert (nothing.reason, nothing.slug, nothing.held_today) == (regular, "", False)


def test_no_second_talk_of_the_same_kind_on_one_day() -> None:
    complete = overview()
    assert not suggest_deck(PERSON, MARCH, complete, decks=NEW_DECKS).held_today
    again = suggest_deck(PERSON, MARCH, complete, {DeckKind.CHECK_IN}, NEW_DECKS)
    assert again.held_today and again.slug == "check-in"
    other = suggest_deck(PERSON, MARCH, complete, {DeckKind.ONTWIKKELGESPREK}, NEW_DECKS)
    assert not other.held_today
    planned = overview(conversations=[talk("t1", "ontwikkelgesprek", date(2026, 1, 20))])
    due = suggest_deck(PERSON, DECEMBER_FIRST, planned, {DeckKind.GROEICYCLUS}, NEW_DECKS)
    assert due.slug == "groeicyclus-evalueren" and due.held_today  # the deck's own kind
    appraisal = {DeckKind.FUNCTIONERINGSGESPREK}
    assert not suggest_deck(PERSON, DECEMBER_FIRST, planned, appraisal, NEW_DECKS).held_today


def test_the_deck_after_a_talk_is_the_one_that_says_it_follows_it() -> None:
    following = deck_after("groeicyclus-plannen", NEW_DECKS, "nl")
    assert following is not None and following.slug == "groeicyclus-opvolgen"
    last = deck_after("groeicyclus-opvolgen", NEW_DECKS, "nl")
    assert last is not None and last.slug == "groeicyclus-evalueren"
    assert deck_after("groeicyclus-evalueren", NEW_DECKS, "nl") is None
    assert deck_after("groeicyclus-plannen", OLD_DECKS, "nl") is None
    after = ("groeicyclus-plannen",)
    english = made("cycle-follow-up", DeckKind.GROEICYCLUS, language="en", suggest_after=after)
    mine = made("a-note", DeckKind.REFLECTIE, audience=Audience.MANAGER, suggest_after=after)
    decks = [mine, english, *LINKED_CYCLE]
    assert deck_after("groeicyclus-plannen", decks, "en") == english
    assert deck_after("groeicyclus-plannen", decks, "nl") == LINKED_CYCLE[1]


def test_a_talk_without_its_deck_is_known_by_its_slug() -> None:
    assert talk_kind(talk("t", "check-in-en", MARCH), None) is DeckKind.CHECK_IN
    assert talk_kind(talk("t", "eigen-deck", MARCH), None) is None
