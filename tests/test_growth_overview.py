"""The growth cycle as a record: which talks fill which phase, and what is still missing."""

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import cast

import pytest

from leercoach.decks import load_library, parse_deck_text
from leercoach.domain import (
    Action,
    ActionOwner,
    ActionStatus,
    Conversation,
    ConversationStatus,
    CyclePhase,
    Deck,
    Employee,
    Goal,
    GoalStatus,
    GrowthCycle,
    GrowthPhase,
)
from leercoach.domain.deck import Audience
from leercoach.domain.growth import (
    CycleOverview,
    GapKind,
    Period,
    build_overview,
    deck_phases,
    pick_cycle,
    slug_phases,
)
from leercoach.paths import shipped_decks_dir
from tests.conftest import SMALL_DECK

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
TODAY = date(2026, 11, 23)
STAMP = datetime(2026, 1, 5, 9, 0)

PERSON = Employee(
    id="e1",
    name="Zoë Çelik-Ağaoğlu",
    team="Zorg",
    role="verpleegkundige",
    email=None,
    start_date=date(2020, 1, 1),
    end_date=None,
    growth_phase=GrowthPhase.BEKWAAM,
    archived=False,
    is_demo=False,
    created_at=STAMP,
    updated_at=STAMP,
)
CYCLE = GrowthCycle("c1", "e1", YEAR.start, YEAR.end, CyclePhase.OPVOLGEN, STAMP, STAMP)


def deck(kind: str, phases: tuple[str | None, ...] = (), slug: str = "") -> Deck:
    text = SMALL_DECK.replace('kind = "check-in"', f'kind = "{kind}"')
    parsed = parse_deck_text(text, "mini.toml")
    cards = tuple(
        replace(card, phase=phase) for card, phase in zip(parsed.cards, phases, strict=False)
    )
    return replace(parsed, slug=slug or kind, cards=cards + parsed.cards[len(cards) :])


def talk(
    ident: str, slug: str, day: date, status: ConversationStatus = ConversationStatus.COMPLETED
) -> Conversation:
    started = datetime(day.year, day.month, day.day, 10, 0)
    return Conversation(
        id=ident,
        employee_id="e1",
        deck_slug=slug,
        deck_version=1,
        deck_title=slug.title(),
        started_at=started,
        ended_at=started if status is ConversationStatus.COMPLETED else None,
        status=status,
        shared_summary="",
        private_note="",
        current_card=None,
        updated_at=started,
    )


def goal(ident: str, title: str, **smart: str) -> Goal:
    parts = {
        "specific": "Zelf de weekplanning maken.",
        "measurable": "Vier weken na elkaar zonder hulp.",
        "acceptable": "Zelf voorgesteld.",
        "realistic": "Met een halve dag per maand.",
        "time_bound": "Tegen 30 juni.",
        **smart,
    }
    return Goal(
        id=ident,
        cycle_id="c1",
        title=title,
        due_date=date(2026, 6, 30),
        status=GoalStatus.BEZIG,
        created_at=STAMP,
        updated_at=STAMP,
        **parts,
    )


def action(
    ident: str,
    *,
    conversation: str | None = None,
    goal_id: str | None = None,
    due: date | None = None,
    status: ActionStatus = ActionStatus.OPEN,
    created: datetime = STAMP,
) -> Action:
    return Action(
        id=ident,
        employee_id="e1",
        conversation_id=conversation,
        card_id=None,
        goal_id=goal_id,
        what=f"actie {ident}",
        owner=ActionOwner.SAMEN,
        due_date=due,
        success_measure="",
        status=status,
        created_at=created,
        updated_at=created,
    )


DECKS = {
    d.slug: d
    for d in (
        deck("ontwikkelgesprek"),
        deck("check-in"),
        deck("transfer"),
        deck("functioneringsgesprek"),
        deck("overig"),
        deck("groeicyclus", ("plannen", "leren", "plannen"), slug="groeicyclus-start"),
    )
}


def overview(**changes: object) -> CycleOverview:
    arguments: dict[str, object] = {
        "employee": PERSON,
        "period": YEAR,
        "cycle": CYCLE,
        "goals": [goal("g1", "Zelfstandig plannen")],
        "conversations": [
            talk("t1", "ontwikkelgesprek", date(2026, 1, 20)),
            talk("t2", "check-in", date(2026, 5, 4)),
            talk("t3", "functioneringsgesprek", date(2026, 11, 2)),
        ],
        "actions": [
            action("a1", goal_id="g1", due=date(2026, 6, 30), status=ActionStatus.KLAAR),
            action("a2", conversation="t2", due=date(2026, 12, 1)),
        ],
        "decks": DECKS,
        "today": TODAY,
        **changes,
    }
    # ``decks`` here is by slug; build_overview takes the deck each talk was held with.
    by_slug = cast(dict[str, Deck], arguments["decks"])
    talks = cast(list[Conversation], arguments["conversations"])
    arguments["decks"] = {t.id: by_slug[t.deck_slug] for t in talks if t.deck_slug in by_slug}
    return build_overview(**arguments)


def test_cycle_year_follows_the_start_month() -> None:
    assert Period.cycle_year(2026) == YEAR
    september = Period.cycle_year(2026, 9)
    assert (september.start, september.end) == (date(2026, 9, 1), date(2027, 8, 31))
    assert Period.cycle_year(2024, 3).end == date(2025, 2, 28)
    with pytest.raises(ValueError, match="between 1 and 12"):
        Period.cycle_year(2026, 13)


def test_card_phases_decide_first_and_the_most_asked_phase_leads() -> None:
    assert deck_phases(DECKS["groeicyclus-start"]) == (CyclePhase.PLANNEN, CyclePhase.LEREN)
    tie = deck("groeicyclus", ("evalueren", "opvolgen"))
    assert deck_phases(tie) == (CyclePhase.EVALUEREN, CyclePhase.OPVOLGEN)
    # Card phases win over the kind: a check-in deck with evaluation cards evaluates.
    assert deck_phases(deck("check-in", ("evalueren",))) == (CyclePhase.EVALUEREN,)


@pytest.mark.parametrize(
    ("kind", "phases"),
    [
        ("ontwikkelgesprek", ("plannen",)),
        ("onboarding", ("plannen",)),
        ("zelfscan", ("plannen",)),
        ("transfer", ("leren", "opvolgen")),
        ("check-in", ("opvolgen",)),
        ("feedforward", ()),
        ("functioneringsgesprek", ("evalueren",)),
        ("exitgesprek", ("evalueren",)),
        ("reflectie", ()),
        ("overig", ()),
    ],
)
def test_without_card_phases_the_kind_decides(kind: str, phases: tuple[str, ...]) -> None:
    assert deck_phases(deck(kind)) == tuple(CyclePhase(p) for p in phases)


def test_shipped_decks_all_land_in_a_phase_except_the_managers_own() -> None:
    library = load_library([shipped_decks_dir()])
    unplaced = {slug for slug, d in library.decks.items() if not deck_phases(d)}
    managers_own = {slug for slug, d in library.decks.items() if d.audience is Audience.MANAGER}
    assert unplaced == managers_own
    assert {"coachend-leidinggeven-zelfcheck", "feedforward-voorbereiding"} <= managers_own
    assert deck_phases(library.get("groeicyclus-opvolgen"))[0] is CyclePhase.OPVOLGEN
    assert CyclePhase.LEREN in deck_phases(library.get("groeicyclus-plannen"))


def test_a_deck_gone_from_the_library_is_placed_by_its_slug() -> None:
    assert slug_phases("groeicyclus-evalueren") == (CyclePhase.EVALUEREN,)
    assert slug_phases("check-in-en") == (CyclePhase.OPVOLGEN,)
    assert slug_phases("kort-ontwikkelgesprek") == (CyclePhase.PLANNEN,)
    assert slug_phases("teamuitje") == ()
    placed = overview(decks={}).entry(CyclePhase.EVALUEREN).conversations
    assert [p.conversation.id for p in placed] == ["t3"]


def test_talks_and_actions_are_placed_by_phase() -> None:
    result = overview(
        conversations=[
            talk("t1", "groeicyclus-start", date(2026, 1, 20)),
            talk("t2", "check-in", date(2026, 5, 4)),
            talk("t4", "transfer", date(2026, 3, 1)),
            talk("t5", "overig", date(2026, 4, 1)),
            talk("old", "check-in", date(2025, 12, 31)),
        ],
        actions=[
            action("a1", goal_id="g1"),
            action("a2", conversation="t2"),
            action("a3"),
            action("a4", conversation="t1"),
            action("before", created=datetime(2025, 6, 1)),
        ],
    )
    ids = {
        e.phase: ([p.conversation.id for p in e.conversations], [a.id for a in e.actions])
        for e in result.phases
    }
    assert ids == {
        CyclePhase.PLANNEN: (["t1"], ["a4"]),
        CyclePhase.LEREN: (["t4"], ["a3"]),
        CyclePhase.OPVOLGEN: (["t2"], ["a2"]),
        CyclePhase.EVALUEREN: ([], []),
    }
    assert [p.conversation.id for p in result.entry(CyclePhase.LEREN).touching] == ["t1"]
    assert [p.conversation.id for p in result.entry(CyclePhase.OPVOLGEN).touching] == ["t4"]
    assert [p.conversation.id for p in result.unplaced] == ["t5"]
    assert [a.id for a in result.goals[0].actions] == ["a1"]
    assert "before" not in {a.id for a in result.actions}
    assert [p.conversation.id for p in result.conversations] == ["t1", "t4", "t5", "t2"]


def test_an_earlier_action_for_a_goal_of_this_cycle_still_counts() -> None:
    early = action("early", goal_id="g1", created=datetime(2025, 12, 20))
    result = overview(actions=[early])
    assert [a.id for a in result.goals[0].actions] == ["early"]


def test_a_complete_cycle_misses_nothing() -> None:
    result = overview()
    assert result.gaps == ()
    assert all(not entry.gaps for entry in result.phases)


def test_without_a_cycle_planning_and_learning_are_missing() -> None:
    result = overview(cycle=None, conversations=[], actions=[])
    kinds = [(g.phase, g.kind) for g in result.gaps]
    assert kinds == [
        (CyclePhase.PLANNEN, GapKind.NO_CYCLE),
        (CyclePhase.PLANNEN, GapKind.NO_TALK),
        (CyclePhase.LEREN, GapKind.NO_ACTIONS),
        (CyclePhase.OPVOLGEN, GapKind.NO_TALK),
        (CyclePhase.EVALUEREN, GapKind.NO_TALK),
    ]
    assert result.goals == ()


def test_goals_missing_parts_or_actions_are_named() -> None:
    vague = goal("g2", "Beter communiceren", measurable="", time_bound="  ")
    result = overview(goals=[goal("g1", "Zelfstandig plannen"), vague])
    gaps = {(g.kind, g.subject): g for g in result.gaps}
    assert gaps[GapKind.GOAL_NOT_SMART, "Beter communiceren"].parts == (
        "measurable",
        "time_bound",
    )
    assert (GapKind.GOAL_WITHOUT_ACTIONS, "Beter communiceren") in gaps
    assert (GapKind.GOAL_WITHOUT_ACTIONS, "Zelfstandig plannen") not in gaps
    no_goals = overview(goals=[])
    assert [g.kind for g in no_goals.entry(CyclePhase.PLANNEN).gaps] == [GapKind.NO_GOALS]


def test_a_draft_talk_does_not_complete_its_phase() -> None:
    result = overview(
        conversations=[
            talk("t1", "ontwikkelgesprek", date(2026, 1, 20)),
            talk("t2", "check-in", date(2026, 5, 4)),
            talk("t3", "functioneringsgesprek", date(2026, 11, 2), ConversationStatus.DRAFT),
        ]
    )
    (gap,) = result.entry(CyclePhase.EVALUEREN).gaps
    assert (gap.kind, gap.count) == (GapKind.TALK_NOT_COMPLETED, 1)


def test_overdue_actions_and_goals_open_after_the_period() -> None:
    late = [
        action("l1", conversation="t2", due=date(2026, 9, 1)),
        action("l2", conversation="t2", due=date(2026, 10, 1), status=ActionStatus.BEZIG),
        action("done", conversation="t2", due=date(2026, 2, 1), status=ActionStatus.KLAAR),
        action("a1", goal_id="g1"),
    ]
    result = overview(actions=late)
    assert [a.id for a in result.overdue] == ["l1", "l2"]
    (gap,) = result.entry(CyclePhase.OPVOLGEN).gaps
    assert (gap.kind, gap.count) == (GapKind.OVERDUE_ACTIONS, 2)
    assert result.entry(CyclePhase.EVALUEREN).gaps == ()
    after = overview(today=date(2027, 1, 15))
    (gap,) = after.entry(CyclePhase.EVALUEREN).gaps
    assert (gap.kind, gap.count) == (GapKind.GOALS_STILL_OPEN, 1)


def test_pick_cycle_prefers_the_largest_overlap_then_the_latest() -> None:
    def cycle(ident: str, start: date, end: date) -> GrowthCycle:
        return replace(CYCLE, id=ident, period_start=start, period_end=end)

    old = cycle("old", date(2025, 1, 1), date(2025, 12, 31))
    mostly = cycle("mostly", date(2025, 9, 1), date(2026, 8, 31))
    exact = cycle("exact", date(2026, 1, 1), date(2026, 12, 31))
    wide = cycle("wide", date(2025, 6, 1), date(2026, 12, 31))
    assert pick_cycle([old], YEAR) is None
    assert pick_cycle([old, mostly], YEAR) is mostly
    assert pick_cycle([mostly, exact], YEAR) is exact
    assert pick_cycle([exact, wide], YEAR) is exact
    assert pick_cycle([wide, exact], YEAR) is exact
    assert pick_cycle([], YEAR) is None
    # Two cycles of the same year: the one made last, in whatever order the store reads them.
    again = replace(exact, id="again", created_at=STAMP + timedelta(days=1))
    assert pick_cycle([exact, again], YEAR) is again
    assert pick_cycle([again, exact], YEAR) is again


def test_a_goal_past_its_date_is_overdue_until_it_is_settled() -> None:
    due_in_june = goal("g1", "Weekplanning maken")
    assert not due_in_june.is_overdue(date(2026, 6, 30))
    assert due_in_june.is_overdue(date(2026, 7, 1))
    assert due_in_june.is_overdue(date(2026, 12, 1))
    for settled in (GoalStatus.BEHAALD, GoalStatus.LOSGELATEN):
        assert not replace(due_in_june, status=settled).is_overdue(date(2026, 12, 1))
    assert replace(due_in_june, status=GoalStatus.OPEN).is_overdue(date(2026, 12, 1))
    assert not replace(due_in_june, due_date=None).is_overdue(date(2026, 12, 1))


def test_a_cycle_ends_soon_in_its_last_two_months_and_a_later_goal_falls_after_it() -> None:
    assert not YEAR.ends_soon(date(2026, 10, 31))
    assert YEAR.ends_soon(date(2026, 11, 1)) and YEAR.ends_soon(date(2026, 12, 1))
    assert YEAR.ends_soon(date(2026, 12, 31)) and not YEAR.ends_soon(date(2027, 1, 1))
    from_september = Period.cycle_year(2026, 9)  # 1 September 2026 to 31 August 2027
    assert not from_september.ends_soon(date(2026, 12, 1))
    assert from_september.ends_soon(date(2027, 7, 1)) and not from_september.ends_soon(
        date(2027, 6, 30)
    )
    assert YEAR.after_end(date(2027, 1, 1)) and not YEAR.after_end(date(2026, 12, 31))
    assert not YEAR.after_end(None)
