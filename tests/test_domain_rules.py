"""The product's rules on actions and conversations, each defined once in the domain.

First the rules on their own (what is open or overdue, which earlier actions a talk
reviews, what a completed conversation keeps); then the store, on histories hypothesis
makes up, giving exactly what those rules say (also for a growth cycle's record and its
gaps): its queries are built from them, so an answer the store gives and the rule does
not would be a second definition gone astray.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leercoach.decks import DeckLibrary, load_library
from leercoach.domain import (
    Action,
    ActionEvent,
    ActionOwner,
    ActionStatus,
    Conversation,
    ConversationStatus,
    Deck,
    EmployeeDraft,
)
from leercoach.domain.action import OPEN_STATUSES, reviewed_in
from leercoach.domain.conversation import KEPT_BY_A_RECORD, RecordChange
from leercoach.domain.deck import Card
from leercoach.domain.growth import Period, build_overview, pick_cycle
from leercoach.paths import shipped_decks_dir
from leercoach.store import ReadOnlyError, Store
from tests.conftest import SteppingClock
from tests.test_growth_overview import action as agreed
from tests.test_growth_overview import talk as held

STAMP = datetime(2026, 3, 2, 9, 0)
TODAY = date(2026, 3, 2)
HISTORIES = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def talk(ident: str, *, completed: bool = False) -> Conversation:
    status = ConversationStatus.COMPLETED if completed else ConversationStatus.DRAFT
    return held(ident, "check-in", TODAY, status)


def action(
    status: ActionStatus = ActionStatus.OPEN,
    *,
    agreed_in: str | None = "earlier",
    due: date | None = None,
    employee: str = "e1",
) -> Action:
    found = agreed("a1", conversation=agreed_in, due=due, status=status)
    return replace(found, employee_id=employee)


def event(made_in: str | None, *, follow_up: bool = True) -> ActionEvent:
    return ActionEvent(
        id="ev",
        action_id="a1",
        conversation_id=made_in,
        at=STAMP,
        from_status=ActionStatus.OPEN if follow_up else None,
        to_status=ActionStatus.KLAAR if follow_up else ActionStatus.OPEN,
        note="",
    )


# The rules on their own ------------------------------------------------------------------


def test_open_means_open_or_in_progress_and_everything_else_is_closed() -> None:
    assert {ActionStatus.OPEN, ActionStatus.BEZIG} == OPEN_STATUSES
    for status in ActionStatus:
        assert status.is_open is (status in OPEN_STATUSES) is not status.is_closed


def test_an_open_action_is_overdue_the_day_after_its_date() -> None:
    due = date(2026, 1, 10)
    assert action(due=due).is_overdue(date(2026, 1, 11))
    assert action(ActionStatus.BEZIG, due=due).is_overdue(date(2026, 1, 11))
    assert not action(due=due).is_overdue(due), "due today is not late yet"
    assert not action(ActionStatus.KLAAR, due=due).is_overdue(date(2027, 1, 1))
    assert not action(ActionStatus.GESCHRAPT, due=due).is_overdue(date(2027, 1, 1))
    assert not action().is_overdue(date(2099, 1, 1)), "no date, never late"


def test_a_draft_reviews_every_open_action_of_its_employee_from_earlier_talks() -> None:
    draft = talk("now")
    assert reviewed_in(draft, action(), [])
    assert reviewed_in(draft, action(ActionStatus.BEZIG, agreed_in=None), [])
    assert not reviewed_in(draft, action(agreed_in="now"), []), "its own actions"
    assert not reviewed_in(draft, action(employee="e2"), []), "someone else's"
    assert not reviewed_in(draft, action(ActionStatus.KLAAR), []), "closed elsewhere"


def test_an_action_followed_up_in_a_talk_stays_in_its_review() -> None:
    done = action(ActionStatus.KLAAR)
    assert reviewed_in(talk("now"), done, [event("now")])
    assert reviewed_in(talk("now", completed=True), done, [event("now")])
    assert not reviewed_in(talk("now"), done, [event("other talk"), event(None)])
    # The agreement itself (no earlier status) is not a follow-up.
    assert not reviewed_in(talk("now"), done, [event("now", follow_up=False)])


def test_a_completed_talk_reviews_only_what_it_followed_up() -> None:
    record = talk("then", completed=True)
    assert not reviewed_in(record, action(), []), "open now, but not looked at then"
    assert reviewed_in(record, action(), [event("then")])


def test_a_draft_allows_every_change_and_a_completed_talk_none_of_its_record() -> None:
    assert set(RecordChange) == KEPT_BY_A_RECORD
    for change in RecordChange:
        assert talk("d").allows(change)
        assert not talk("c", completed=True).allows(change)


# The store against the rules ---------------------------------------------------------------


@pytest.fixture(scope="module")
def shared_clock() -> SteppingClock:
    return SteppingClock(STAMP)


@pytest.fixture(scope="module")
def shared_store(
    tmp_path_factory: pytest.TempPathFactory, shared_clock: SteppingClock
) -> Iterator[Store]:
    """One database for every example (a new person each), as a real file fills up."""
    path: Path = tmp_path_factory.mktemp("rules") / "leercoach.db"
    with Store.open(path, clock=shared_clock) as store:
        yield store


DUE = st.one_of(st.none(), st.integers(-40, 40).map(lambda days: TODAY + timedelta(days=days)))


@dataclass(frozen=True)
class NewTalk:
    dues: list[date | None]
    """One action agreed per date."""
    complete: bool


@dataclass(frozen=True)
class FollowUp:
    pick: int
    status: ActionStatus
    where: str


@dataclass(frozen=True)
class Complete:
    pick: int


@dataclass(frozen=True)
class Reopen:
    pick: int


@dataclass(frozen=True)
class AgreedOutside:
    due: date | None


Step = NewTalk | FollowUp | Complete | Reopen | AgreedOutside
WHERE = ("latest talk", "first talk", "outside any talk")
STEPS = st.lists(
    st.one_of(
        st.builds(NewTalk, st.lists(DUE, max_size=3), st.booleans()),
        st.builds(
            FollowUp, st.integers(0, 99), st.sampled_from(ActionStatus), st.sampled_from(WHERE)
        ),
        st.builds(Complete, st.integers(0, 99)),
        st.builds(Reopen, st.integers(0, 99)),
        st.builds(AgreedOutside, DUE),
    ),
    max_size=20,
)


def follow_up_order(actions: list[Action]) -> list[Action]:
    """Earliest due first, undated last; ``actions`` come in the order they were agreed."""
    return sorted(actions, key=lambda a: (a.due_date is None, a.due_date or date.max))


def play(store: Store, deck: Deck, steps: list[Step]) -> tuple[str, list[str]]:
    """A person's history as the steps tell it; returns their id and their talks' ids."""
    person = store.employees.add(EmployeeDraft(name="Kobe Wuyts")).id
    talks: list[str] = []
    agreed: list[str] = []
    for step in steps:
        if isinstance(step, NewTalk):
            talks.append(store.conversations.start(person, deck).id)
            for due in step.dues:
                added = store.actions.add(
                    person, "Cursus", ActionOwner.SAMEN, due, conversation_id=talks[-1]
                )
                agreed.append(added.id)
            if step.complete:
                store.conversations.complete(talks[-1])
        elif isinstance(step, AgreedOutside):
            agreed.append(store.actions.add(person, "Lezen", ActionOwner.MEDEWERKER, step.due).id)
        elif isinstance(step, FollowUp) and agreed:
            made_in = {"latest talk": talks[-1:], "first talk": talks[:1]}.get(step.where, [])
            where = made_in[0] if made_in else None
            allowed = where is None or store.conversations.get(where).allows(RecordChange.FOLLOW_UP)
            chosen = agreed[step.pick % len(agreed)]
            follow_up = partial(
                store.actions.set_status, chosen, step.status, conversation_id=where
            )
            assert refuses(follow_up) is not allowed
        elif isinstance(step, Reopen) and talks:
            store.conversations.reopen(talks[step.pick % len(talks)])
        elif isinstance(step, Complete) and talks:
            talk_id = talks[step.pick % len(talks)]
            if store.conversations.get(talk_id).allows(RecordChange.COMPLETION):
                store.conversations.complete(talk_id)
    return person, talks


def refuses(change: Callable[[], object]) -> bool:
    try:
        change()
    except ReadOnlyError:
        return True
    return False


@HISTORIES
@given(STEPS)
def test_the_store_reviews_and_carries_over_exactly_what_the_rules_say(
    shared_store: Store, mini_deck: Deck, steps: list[Step]
) -> None:
    store = shared_store
    person, talks = play(store, mini_deck, steps)
    everything = store.actions.for_employee(person)
    history = {a.id: store.actions.history(a.id) for a in everything}
    open_now = follow_up_order([a for a in everything if a.status.is_open])
    assert store.actions.open_for(person) == open_now
    for talk_id in talks:
        conversation = store.conversations.get(talk_id)
        expected = [a for a in everything if reviewed_in(conversation, a, history[a.id])]
        assert store.actions.under_review(conversation) == follow_up_order(expected)


# Every change to a conversation the store makes, by what the change touches.
CHANGES: dict[str, RecordChange] = {
    "answer": RecordChange.ANSWER,
    "clear answer": RecordChange.ANSWER,
    "summary": RecordChange.SHARED_SUMMARY,
    "note": RecordChange.PRIVATE_NOTE,
    "add action": RecordChange.AGREED_ACTION,
    "edit action": RecordChange.AGREED_ACTION,
    "delete action": RecordChange.AGREED_ACTION,
    "follow up here": RecordChange.FOLLOW_UP,
    "current card": RecordChange.CURRENT_CARD,
    "complete": RecordChange.COMPLETION,
}
MOVES = st.sampled_from([*CHANGES, "reopen", "follow up its action elsewhere"])


@dataclass(frozen=True)
class Scene:
    """A draft talk with an answer and an action agreed in it, after a completed talk
    whose action it carries over."""

    person: str
    talk: str
    own: str
    carried: str
    card: Card


def set_scene(store: Store, deck: Deck) -> Scene:
    person = store.employees.add(EmployeeDraft(name="Lieve Maes")).id
    earlier = store.conversations.start(person, deck).id
    carried = store.actions.add(person, "Cursus", ActionOwner.SAMEN, conversation_id=earlier)
    store.conversations.complete(earlier)
    talk_id = store.conversations.start(person, deck).id
    own = store.actions.add(person, "Meelopen", ActionOwner.SAMEN, conversation_id=talk_id)
    store.conversations.save_answer(talk_id, deck.cards[0], 0, "veel")
    return Scene(person, talk_id, own.id, carried.id, deck.cards[0])


def make(store: Store, scene: Scene, move: str, text: str) -> None:
    """Make one change as the app does; ``text`` is what is typed."""
    talk_id, conversations, actions = scene.talk, store.conversations, store.actions
    if move == "answer":
        conversations.save_answer(talk_id, scene.card, 0, text)
    elif move == "clear answer":
        conversations.delete_answer(talk_id, scene.card.id)
    elif move == "summary":
        conversations.set_shared_summary(talk_id, text)
    elif move == "note":
        conversations.set_private_note(talk_id, text)
    elif move == "add action":
        actions.add(scene.person, text, ActionOwner.SAMEN, conversation_id=talk_id)
    elif move == "edit action":
        actions.update(scene.own, text, ActionOwner.SAMEN, None, "")
    elif move == "delete action":
        actions.restore(actions.delete(scene.own))
    elif move == "follow up here":
        actions.set_status(scene.carried, ActionStatus.BEZIG, text, conversation_id=talk_id)
    elif move == "current card":
        conversations.set_current_card(talk_id, text)
    elif move == "complete":
        conversations.complete(talk_id)
    elif move == "reopen":
        conversations.reopen(talk_id)
    else:
        assert move == "follow up its action elsewhere"
        actions.set_status(scene.own, ActionStatus.BEZIG, text)


@HISTORIES
@given(st.lists(MOVES, min_size=1, max_size=25))
def test_the_store_refuses_exactly_what_a_completed_conversation_keeps(
    shared_store: Store, mini_deck: Deck, moves: list[str]
) -> None:
    store = shared_store
    scene = set_scene(store, mini_deck)
    for number, move in enumerate(moves):
        before = store.conversations.get(scene.talk)
        answer = store.conversations.answer(scene.talk, scene.card.id)
        agreed = store.actions.for_conversation(scene.talk)
        change = CHANGES.get(move)
        allowed = change is None or before.allows(change)
        text = f"stap {number}"
        refused = refuses(partial(make, store, scene, move, text))
        after = store.conversations.get(scene.talk)
        if move == "current card":
            # Leafing through a record is reading it: no refusal, and nothing changes.
            assert not refused
            assert (after.current_card == text) is allowed
            continue
        assert refused is not allowed, (move, before.status)
        if refused:
            assert after == before
            assert store.conversations.answer(scene.talk, scene.card.id) == answer
            assert store.actions.for_conversation(scene.talk) == agreed


# What a growth cycle holds and lacks ------------------------------------------------------

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
LATER = date(2027, 2, 1)  # the period is over: goals still open are a gap too
FIRST_DAY = date(2025, 9, 1)
MOMENT = st.tuples(
    st.sampled_from(("cycle", "goal", "talk", "completed talk", "action", "goal action", "done")),
    # Days after FIRST_DAY, often before the period (where only a goal or a talk ties an
    # action to the cycle), up to well after it.
    st.one_of(st.integers(0, 121), st.integers(0, 520)),
    st.integers(0, 99),
)


@pytest.fixture(scope="module")
def shipped() -> DeckLibrary:
    return load_library([shipped_decks_dir()])


def live_year(
    store: Store, clock: SteppingClock, library: DeckLibrary, moments: list[tuple[str, int, int]]
) -> str:
    """A person's cycles, goals, talks and actions at the moments given; returns their id."""
    person = store.employees.add(EmployeeDraft(name="Femke Claes")).id
    decks = [library.get(s) for s in ("ontwikkelgesprek", "check-in", "functioneringsgesprek")]
    goals: list[str] = []
    agreed: list[str] = []
    for kind, offset, pick in moments:
        day = FIRST_DAY + timedelta(days=offset)
        clock.current = datetime.combine(day, STAMP.time())
        cycles = store.cycles.for_employee(person)
        if kind == "cycle":
            store.cycles.add(person, day, day + timedelta(days=364))
        elif kind == "goal" and cycles:
            cycle = cycles[pick % len(cycles)]
            smart = {"specific": "De weekplanning maken"} if pick % 2 else {}
            goals.append(store.cycles.add_goal(cycle.id, f"Doel {pick}", **smart).id)
        elif kind in ("talk", "completed talk"):
            talk_id = store.conversations.start(person, decks[pick % len(decks)]).id
            due = day + timedelta(days=pick - 30)
            add = store.actions.add
            agreed.append(add(person, "Cursus", ActionOwner.SAMEN, due, conversation_id=talk_id).id)
            if kind == "completed talk":
                store.conversations.complete(talk_id)
        elif kind == "action":
            agreed.append(store.actions.add(person, "Lezen", ActionOwner.MEDEWERKER).id)
        elif kind == "goal action" and goals:
            goal = goals[pick % len(goals)]
            agreed.append(store.actions.add(person, "Meelopen", ActionOwner.SAMEN, goal_id=goal).id)
        elif kind == "done" and agreed:
            store.actions.set_status(agreed[pick % len(agreed)], ActionStatus.KLAAR)
    return person


@HISTORIES
@given(
    st.integers(0, 200), st.lists(MOMENT, max_size=14), st.sampled_from((date(2026, 6, 1), LATER))
)
def test_the_record_the_store_reads_shows_the_gaps_of_the_whole_history(
    shared_store: Store,
    shared_clock: SteppingClock,
    shipped: DeckLibrary,
    planned: int,
    moments: list[tuple[str, int, int]],
    today: date,
) -> None:
    """The store reads a period's record with queries of its own; the cycle's talks,
    actions and gaps from that record are those of the person's whole history."""
    store = shared_store
    # Mostly a cycle with a goal from the start, as a manager plans one; sometimes none.
    start = [("cycle", planned, 0), ("goal", planned, 1)] if planned < 150 else []
    person = live_year(store, shared_clock, shipped, start + moments)
    record = store.reporting.record(person, YEAR, shipped, include_private_notes=True)
    from_record = record.overview(today)  # what the summary and the app show
    cycle = pick_cycle(store.cycles.for_employee(person), YEAR)
    talks = store.conversations.for_employee(person)
    from_everything = build_overview(
        store.employees.get(person),
        YEAR,
        cycle,
        store.cycles.goals(cycle.id) if cycle else [],
        talks,
        store.actions.for_employee(person),
        store.decks.decks_of(talks, shipped),
        today,
    )
    assert from_record == from_everything
    assert from_record.gaps == from_everything.gaps
