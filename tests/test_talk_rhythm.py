"""The rhythm of talks (issue 16): what a talk is, its date, the plan, the next talk."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlite_utils

from leercoach.decks import load_library
from leercoach.domain import Deck, DeckKind, EmployeeDraft
from leercoach.domain.talks import (
    KindLastTalk,
    Rhythm,
    RhythmSource,
    TalkPlan,
    add_months,
    in_service,
    next_talk,
    week_of,
)
from leercoach.paths import shipped_decks_dir
from leercoach.store import Store, ValidationError
from leercoach.store.migrations import load_migrations, migrate

from .conftest import Cli, SteppingClock

TODAY = date(2026, 12, 1)  # a Tuesday


def talk(kind: DeckKind | None, day: date, slug: str = "deck") -> KindLastTalk:
    return KindLastTalk(kind, day, slug)


def test_months_are_calendar_months_and_end_on_the_last_day() -> None:
    assert Rhythm.EVERY_3_MONTHS.after(date(2026, 11, 30)) == date(2027, 2, 28)
    assert Rhythm.EVERY_3_MONTHS.after(date(2027, 11, 30)) == date(2028, 2, 29)
    assert Rhythm.YEARLY.after(date(2024, 2, 29)) == date(2025, 2, 28)
    assert Rhythm.EVERY_6_WEEKS.after(date(2026, 12, 1)) == date(2027, 1, 12)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert Rhythm.NONE.after(TODAY) is None


def test_a_check_in_gives_four_weeks_and_any_later_talk_resets_it() -> None:
    standing = next_talk(
        TalkPlan(),
        [
            talk(DeckKind.CHECK_IN, date(2026, 10, 1), "check-in"),
            talk(DeckKind.TRANSFER, date(2026, 11, 2), "transfer-na-opleiding"),
        ],
        TODAY,
    )
    assert standing.rhythm is Rhythm.EVERY_4_WEEKS
    assert standing.rhythm_source is RhythmSource.DEFAULT
    assert standing.last_talk == date(2026, 11, 2)
    assert standing.next_talk == date(2026, 11, 30)
    assert standing.next_deck == "check-in"
    assert standing.is_overdue(TODAY)


def test_a_yearly_talk_does_not_outweigh_the_monthly_check_ins() -> None:
    standing = next_talk(
        TalkPlan(),
        [
            talk(DeckKind.CHECK_IN, date(2026, 10, 1)),
            talk(DeckKind.ONTWIKKELGESPREK, date(2026, 11, 20)),
        ],
        TODAY,
    )
    assert standing.rhythm is Rhythm.EVERY_4_WEEKS
    only_yearly = next_talk(TalkPlan(), [talk(DeckKind.ONTWIKKELGESPREK, date(2026, 3, 5))], TODAY)
    assert (only_yearly.rhythm, only_yearly.next_talk) == (Rhythm.YEARLY, date(2027, 3, 5))


def test_an_exit_talk_ends_the_rhythm_and_nothing_is_due() -> None:
    standing = next_talk(
        TalkPlan(),
        [talk(DeckKind.CHECK_IN, date(2026, 9, 1)), talk(DeckKind.EXITGESPREK, date(2026, 10, 1))],
        TODAY,
    )
    assert standing.rhythm is None and standing.rhythm_source is RhythmSource.DEFAULT
    assert standing.next_talk is None and not standing.is_overdue(TODAY)


def test_a_set_rhythm_wins_and_without_a_talk_the_next_is_today() -> None:
    plan = TalkPlan(rhythm=Rhythm.EVERY_2_WEEKS)
    standing = next_talk(plan, [], TODAY)
    assert (standing.rhythm, standing.rhythm_source) == (Rhythm.EVERY_2_WEEKS, RhythmSource.SET)
    assert standing.next_talk == TODAY and standing.last_talk is None
    assert standing.is_due_this_week(TODAY)
    nothing = next_talk(TalkPlan(rhythm=Rhythm.NONE), [talk(DeckKind.CHECK_IN, TODAY)], TODAY)
    assert (nothing.rhythm, nothing.rhythm_source, nothing.next_talk) == (
        None,
        RhythmSource.SET,
        None,
    )
    assert next_talk(TalkPlan(), [], TODAY).as_json() == {
        "rhythm": None,
        "rhythm_source": None,
        "last_talk": None,
        "next_talk": None,
        "next_deck": None,
    }


def test_a_planned_date_comes_before_the_rhythm() -> None:
    plan = TalkPlan(rhythm=Rhythm.EVERY_4_WEEKS, planned=datetime(2026, 12, 4, 14, 30), deck="x")
    standing = next_talk(plan, [talk(DeckKind.CHECK_IN, date(2026, 11, 30))], TODAY)
    assert standing.next_talk == date(2026, 12, 4)
    assert standing.next_time == datetime(2026, 12, 4, 14, 30)
    assert standing.next_deck == "x"


def test_this_week_is_the_iso_week_monday_to_sunday() -> None:
    assert week_of(TODAY) == (date(2026, 11, 30), date(2026, 12, 6))
    assert week_of(date(2026, 12, 6)) == (date(2026, 11, 30), date(2026, 12, 6))
    planned_sunday = next_talk(TalkPlan(planned=date(2026, 12, 6)), [], TODAY)
    planned_monday = next_talk(TalkPlan(planned=date(2026, 12, 7)), [], TODAY)
    assert planned_sunday.is_due_this_week(TODAY)
    assert not planned_monday.is_due_this_week(TODAY)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (None, None, True),
        (date(2026, 12, 31), None, True),
        (date(2027, 1, 1), None, False),
        (None, date(2026, 1, 1), True),
        (None, date(2025, 12, 31), False),
    ],
)
def test_in_service_in_a_year(start: date | None, end: date | None, expected: bool) -> None:
    assert in_service(start, end, 2026) is expected


def shipped(slug: str) -> Deck:
    return load_library([shipped_decks_dir()]).get(slug)


def test_reopening_and_completing_again_keeps_the_talks_date(
    db_path: Path, clock: SteppingClock
) -> None:
    with Store.open(db_path, clock=clock) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
        held = store.conversations.start(zoe.id, shipped("check-in"))
        first = store.conversations.complete(held.id).first_completed_at
        clock.current = datetime(2027, 1, 15, 9, 0)
        store.conversations.reopen(held.id, "typo")
        again = store.conversations.complete(held.id)
        assert again.first_completed_at == first
        assert again.ended_at is not None and again.ended_at.year == 2027
        assert again.deck_kind == "check-in"
        standing = store.talk_plans.next_talk(zoe.id, date(2027, 1, 20))
        assert standing.last_talk == first.date() if first else False


def test_a_talk_uses_up_the_planned_date_and_the_managers_own_deck_does_not(
    db_path: Path, clock: SteppingClock
) -> None:
    with Store.open(db_path, clock=clock) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
        plan = TalkPlan(rhythm=Rhythm.EVERY_6_WEEKS, planned=date(2026, 3, 20), deck="check-in")
        store.talk_plans.set_plan(zoe.id, plan)
        own = store.conversations.start(zoe.id, shipped("feedforward-voorbereiding"))
        store.conversations.complete(own.id)
        assert store.employees.get(zoe.id).talk_plan == plan
        standing = store.talk_plans.next_talk(zoe.id, date(2026, 3, 3))
        assert standing.last_talk is None and standing.next_talk == date(2026, 3, 20)
        held = store.conversations.start(zoe.id, shipped("check-in"))
        store.conversations.complete(held.id)
        kept = store.employees.get(zoe.id).talk_plan
        assert kept == TalkPlan(rhythm=Rhythm.EVERY_6_WEEKS, planned=None, deck="check-in")
        standing = store.talk_plans.next_talk(zoe.id, date(2026, 3, 3))
        assert standing.last_talk == date(2026, 3, 2)
        assert standing.next_talk == date(2026, 4, 13)


def test_archiving_keeps_an_end_date_and_bringing_back_clears_a_past_one(
    db_path: Path, clock: SteppingClock
) -> None:
    with Store.open(db_path, clock=clock) as store:
        bram = store.employees.add(EmployeeDraft(name="Bram", start_date=date(2025, 1, 6)))
        assert store.employees.set_archived(bram.id, True).end_date == date(2026, 3, 2)
        assert store.employees.set_archived(bram.id, False).end_date is None
        left = store.employees.set_archived(bram.id, True, date(2026, 2, 27))
        assert left.end_date == date(2026, 2, 27) and left.archived
        with pytest.raises(ValidationError, match="2024-12-31"):
            store.employees.set_archived(bram.id, True, date(2024, 12, 31))


def test_the_upgrade_dates_talks_by_their_first_completion_and_gives_the_kind(
    db_path: Path,
) -> None:
    migrations = load_migrations()
    raw = sqlite_utils.Database(sqlite3.connect(db_path, isolation_level=None))
    migrate(raw, migrations, target=12)
    stamp = "2025-05-01T09:00:00"
    raw["employee"].insert_all(
        [
            {
                "id": "e-1",
                "name": "Zoë",
                "archived": 0,
                "start_date": None,
                "created_at": stamp,
                "updated_at": stamp,
            },
            {
                "id": "e-2",
                "name": "Bram",
                "archived": 1,
                "start_date": "2025-06-01",
                "created_at": stamp,
                "updated_at": "2025-05-20T10:00:00",
            },
            {
                "id": "e-3",
                "name": "Lies",
                "archived": 1,
                "start_date": None,
                "created_at": stamp,
                "updated_at": "2025-09-03T10:00:00",
            },
        ]
    )
    for talk_id, slug in (("t-1", "check-in"), ("t-2", "coachend-leidinggeven-zelfcheck")):
        raw["conversation"].insert(
            {
                "id": talk_id,
                "employee_id": "e-1",
                "deck_slug": slug,
                "deck_version": 1,
                "deck_title": slug,
                "started_at": stamp,
                "ended_at": "2025-07-01T10:00:00",
                "status": "completed",
                "updated_at": "2025-07-01T10:00:00",
            }
        )
    raw["conversation_event"].insert_all(
        [
            {
                "id": "v1",
                "conversation_id": "t-1",
                "at": "2025-05-02T10:00:00",
                "kind": "completed",
            },
            {"id": "v2", "conversation_id": "t-1", "at": "2025-06-01T10:00:00", "kind": "reopened"},
            {
                "id": "v3",
                "conversation_id": "t-1",
                "at": "2025-07-01T10:00:00",
                "kind": "completed",
            },
        ]
    )
    raw.close()
    with Store.open(db_path) as store:
        assert store.check() == []
        talks = {c.id: c for c in store.conversations.for_employee("e-1")}
        assert talks["t-1"].first_completed_at == datetime(2025, 5, 2, 10, 0)
        assert talks["t-1"].deck_kind == "check-in"
        # The self-check was never about e-1: migration 0018 takes it off them.
        assert set(talks) == {"t-1"}
        own = store.conversations.get("t-2")
        assert (own.deck_kind, own.audience, own.employee_id) == ("reflectie", "manager", None)
        standing = store.talk_plans.next_talk("e-1", date(2025, 8, 1))
        assert standing.last_talk == date(2025, 5, 2)  # the manager's own deck is no talk
        assert standing.next_talk == date(2025, 5, 30)
        # Archived before this issue: the day of archiving, never before the start.
        assert store.employees.get("e-2").end_date == date(2025, 6, 1)
        assert store.employees.get("e-3").end_date == date(2025, 9, 3)


def test_employees_plan_as_written_in_the_issue(cli: Cli, db_path: Path) -> None:
    with Store.open(db_path) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters", team="IT"))
    code, out, err = cli(
        "--db", db_path, "employees", "plan", zoe.id[:6], "--every", "3m",
        "--next", "2026-12-03T14:30", "--deck", "check-in", "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    shown = json.loads(out)
    assert shown["rhythm"] == "3m" and shown["rhythm_source"] == "set"
    assert shown["next_talk"] == "2026-12-03" and shown["next_deck"] == "check-in"
    assert shown["last_talk"] is None
    code, out, _ = cli("--db", db_path, "employees", "show", zoe.id, "--json")
    assert json.loads(out)["employee"]["next_deck"] == "check-in"
    code, out, _ = cli("--db", db_path, "employees", "list", "--json")
    assert [row["rhythm"] for row in json.loads(out)] == ["3m"]
    code, out, _ = cli("--db", db_path, "employees", "plan", zoe.id, "--next", "none", "--json")
    # No planned date and no talk yet: with a rhythm, the next talk is today.
    assert json.loads(out)["next_talk"] == date.today().isoformat()
    with pytest.raises(SystemExit) as refused:
        cli("--db", db_path, "employees", "plan", zoe.id, "--every", "5w")
    assert refused.value.code == 2
    code, out, err = cli("--db", db_path, "employees", "plan", zoe.id, "--deck", "teamuitje")
    assert code == 2 and "teamuitje" in err
    with Store.open(db_path) as store:
        assert store.employees.get(zoe.id).talk_plan.deck == "check-in"


def test_a_planned_talk_is_one_record_moved_cancelled_or_settled_by_the_talk(
    db_path: Path, clock: SteppingClock
) -> None:
    """The calendar file names a planned talk by its id: moving it keeps the id, taking
    it away cancels it, and the talk held settles it."""
    with Store.open(db_path, clock=clock) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))

        def records() -> list[tuple[str, str, str | None]]:
            return [
                (row[0], row[1], row[2])
                for row in store.db.execute(
                    "SELECT planned, status, conversation_id FROM planned_talk ORDER BY created_at"
                ).fetchall()
            ]

        store.talk_plans.set_plan(zoe.id, TalkPlan(planned=date(2026, 3, 10)))
        (first_id,) = store.db.execute("SELECT id FROM planned_talk").fetchone()
        store.talk_plans.set_plan(zoe.id, TalkPlan(planned=datetime(2026, 3, 12, 9, 30)))
        assert records() == [("2026-03-12T09:30", "planned", None)]
        assert store.db.execute("SELECT id FROM planned_talk").fetchone() == (first_id,)
        store.talk_plans.set_plan(zoe.id, TalkPlan())
        assert records() == [("2026-03-12T09:30", "cancelled", None)]
        assert store.employees.get(zoe.id).talk_plan.planned is None
        store.talk_plans.set_plan(zoe.id, TalkPlan(planned=date(2026, 3, 20)))
        held = store.conversations.start(zoe.id, shipped("check-in"))
        store.conversations.complete(held.id)
        assert records()[-1] == ("2026-03-20", "held", held.id)
        assert store.employees.get(zoe.id).talk_plan.planned is None
