"""The week of a day (issue 16): talks due or overdue, actions due or overdue, late goals."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from leercoach.domain import ActionOwner, ActionStatus, EmployeeDraft, GoalStatus
from leercoach.domain.talks import Rhythm, TalkPlan, week_of
from leercoach.domain.week import Urgency, WeekPerson
from leercoach.store import Store

from .conftest import SteppingClock

TODAY = date(2026, 3, 4)  # a Wednesday; its week runs from 2 to 8 March


def fill(store: Store, today: date) -> dict[str, str]:
    """A hand-made team: who is due, overdue, next week, archived, gone; their ids by name."""
    monday, sunday = week_of(today)
    people = store.employees
    ids = {
        name: people.add(EmployeeDraft(name=name, team="Zorg", **extra)).id
        for name, extra in (
            ("Bram Verlinden", {}),
            ("Anna Claes", {}),
            ("Carl Volgende", {}),
            ("Dirk Archief", {}),
            ("Eva Vertrokken", {"end_date": monday - timedelta(days=1)}),
            ("Fien Nieuw", {}),
        )
    }
    plans = store.talk_plans
    plans.set_plan(ids["Bram Verlinden"], TalkPlan(planned=today - timedelta(days=10)))
    plans.set_plan(ids["Anna Claes"], TalkPlan(planned=sunday, deck="check-in"))
    plans.set_plan(ids["Carl Volgende"], TalkPlan(planned=sunday + timedelta(days=1)))
    plans.set_plan(ids["Dirk Archief"], TalkPlan(planned=today - timedelta(days=3)))
    plans.set_plan(ids["Eva Vertrokken"], TalkPlan(planned=today - timedelta(days=3)))
    plans.set_plan(ids["Fien Nieuw"], TalkPlan(rhythm=Rhythm.EVERY_2_WEEKS))
    actions = store.actions
    add = actions.add
    add(ids["Bram Verlinden"], "Cursus plannen", ActionOwner.MEDEWERKER, today - timedelta(days=5))
    add(ids["Bram Verlinden"], "Ooit eens", ActionOwner.MEDEWERKER, None)
    add(ids["Anna Claes"], "Planning delen", ActionOwner.LEIDINGGEVENDE, sunday)
    add(ids["Anna Claes"], "Volgende week", ActionOwner.SAMEN, sunday + timedelta(days=1))
    done = add(ids["Anna Claes"], "Al gedaan", ActionOwner.SAMEN, today - timedelta(days=2))
    actions.set_status(done.id, ActionStatus.KLAAR)
    add(ids["Dirk Archief"], "Van een gearchiveerde", ActionOwner.SAMEN, today - timedelta(days=2))
    add(ids["Carl Volgende"], "Maandag gedaan?", ActionOwner.SAMEN, monday)
    cycles = store.cycles
    anna = cycles.add(ids["Anna Claes"], date(today.year, 1, 1), date(today.year, 12, 31))
    cycles.add_goal(anna.id, "Triage leren", due_date=today - timedelta(days=1))
    cycles.add_goal(anna.id, "Nog niet te laat", due_date=today)
    bram = cycles.add(ids["Bram Verlinden"], date(today.year, 1, 1), date(today.year, 12, 31))
    cycles.add_goal(
        bram.id, "Al behaald", due_date=today - timedelta(days=20), status=GoalStatus.BEHAALD
    )
    people.set_archived(ids["Dirk Archief"], True)
    return ids


def test_the_week_holds_what_is_due_or_late_most_urgent_first(
    db_path: Path, clock: SteppingClock
) -> None:
    with Store.open(db_path, clock=clock) as store:
        fill(store, TODAY)
        week = store.week.week(TODAY)
    assert (week.monday, week.sunday) == (date(2026, 3, 2), date(2026, 3, 8))
    assert [(t.person.name, t.day, week.urgency(t.day)) for t in week.talks] == [
        ("Bram Verlinden", date(2026, 2, 22), Urgency.OVERDUE),
        ("Fien Nieuw", TODAY, Urgency.THIS_WEEK),  # a rhythm and no talk yet: today
        ("Anna Claes", date(2026, 3, 8), Urgency.THIS_WEEK),  # Sunday is still this week
    ]
    assert week.talks[2].talk.next_deck == "check-in"
    # Monday of this week is before today: overdue, not "this week".
    assert [(a.person.name, a.action.what, week.urgency(a.day)) for a in week.actions] == [
        ("Bram Verlinden", "Cursus plannen", Urgency.OVERDUE),
        ("Carl Volgende", "Maandag gedaan?", Urgency.OVERDUE),
        ("Anna Claes", "Planning delen", Urgency.THIS_WEEK),
    ]
    assert [(g.person.name, g.goal.title) for g in week.goals] == [("Anna Claes", "Triage leren")]
    assert not week.is_empty


def test_next_week_the_same_file_shows_other_things(db_path: Path, clock: SteppingClock) -> None:
    with Store.open(db_path, clock=clock) as store:
        fill(store, TODAY)
        later = store.week.week(TODAY + timedelta(days=7))
    names = [t.person.name for t in later.talks]
    assert "Carl Volgende" in names and "Eva Vertrokken" not in names
    assert "Volgende week" in [a.action.what for a in later.actions]


def test_an_empty_file_has_an_empty_week(db_path: Path) -> None:
    with Store.open(db_path) as store:
        week = store.week.week(TODAY)
    assert week.is_empty and week.talks == () and week.actions == () and week.goals == ()


def test_in_service_in_the_week_means_started_by_sunday_and_not_left_before_monday() -> None:
    monday, sunday = week_of(TODAY)
    assert WeekPerson("a", "A", start_date=sunday).serves_in(monday, sunday)
    assert not WeekPerson("a", "A", start_date=sunday + timedelta(days=1)).serves_in(monday, sunday)
    assert WeekPerson("a", "A", end_date=monday).serves_in(monday, sunday)
    assert not WeekPerson("a", "A", end_date=monday - timedelta(days=1)).serves_in(monday, sunday)
    assert not WeekPerson("a", "A", archived=True).serves_in(monday, sunday)


def test_the_week_reads_in_five_queries_whatever_the_team(
    db_path: Path, clock: SteppingClock
) -> None:
    """Bulk reads: a query per kind of thing, not one per person."""
    with Store.open(db_path, clock=clock) as store:
        for number in range(300):
            person = store.employees.add(EmployeeDraft(name=f"Persoon {number:03d}"))
            store.talk_plans.set_plan(person.id, TalkPlan(rhythm=Rhythm.EVERY_4_WEEKS))
        statements: list[str] = []
        store.db.conn.set_trace_callback(statements.append)
        week = store.week.week(TODAY)
        store.db.conn.set_trace_callback(None)
    assert len(week.talks) == 300
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 5


def test_the_two_start_up_settings_are_kept_and_a_bad_value_is_the_default(
    db_path: Path,
) -> None:
    from leercoach.domain.settings import Settings

    assert (Settings().week_at_start, Settings().notify_at_start) == (True, False)
    with Store.open(db_path) as store:
        store.settings.write(Settings(week_at_start=False, notify_at_start=True))
        assert store.settings.value("week_at_start") == "0"
        assert store.settings.read() == Settings(week_at_start=False, notify_at_start=True)
        store.settings.set_value("week_at_start", "maybe")  # edited by hand
        assert store.settings.read().week_at_start is True


def test_overdue_and_this_week_have_a_word_in_each_language() -> None:
    from leercoach import vocabulary

    assert [vocabulary.label(u, "nl") for u in Urgency] == ["te laat", "deze week"]
    assert [vocabulary.label(u, "en") for u in Urgency] == ["overdue", "this week"]
