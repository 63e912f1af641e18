"""The talk tally (migration 0015) and the indexes that make the overview and the KPIs fast.

The tally is a second copy of what the conversations say (each person's talks per deck
kind and year, and the latest), kept by triggers: these tests hold it to the
conversations after every kind of change, to the domain's ``is_talk``, and to an erasure;
and they check that the overview's and the KPIs' queries read the indexes made for them.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

from leercoach.decks import load_library
from leercoach.domain import Deck, DeckKind, EmployeeDraft
from leercoach.domain.deck import Audience
from leercoach.domain.talks import is_talk
from leercoach.paths import shipped_decks_dir
from leercoach.store import Store
from leercoach.store.demo import build_demo
from leercoach.store.kpi import parameters, queries
from leercoach.store.overview import ACTIONS_SQL, CYCLE_ACTIONS_SQL, TALKS_SQL, WELLBEING_SQL
from leercoach.store.talk_plans import KIND_LAST_TALKS_SQL
from leercoach.trust.erasure import erase_person

from .conftest import SteppingClock

TODAY = date(2026, 3, 2)
PERIOD = ["2026-01-01", "2027-01-01"]
# What the tally must say: the definition, counted from the conversations themselves.
FROM_TALKS = """
    SELECT employee_id, COALESCE(deck_kind, ''), substr(first_completed_at, 1, 4), COUNT(*),
        MAX(first_completed_at), deck_slug
    FROM conversation
    WHERE first_completed_at IS NOT NULL
      AND audience = 'employee'
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
"""
TALLY = """
    SELECT employee_id, deck_kind, year, talks, last_at, last_slug
    FROM talk_tally ORDER BY 1, 2, 3
"""


def shipped() -> dict[str, Deck]:
    return dict(load_library([shipped_decks_dir()]).decks)


def same_as_the_talks(store: Store) -> None:
    found = store.db.execute(TALLY).fetchall()
    assert found == store.db.execute(FROM_TALKS).fetchall()


def test_the_tally_says_what_the_talks_say_after_every_kind_of_change(
    db_path: Path, clock: SteppingClock
) -> None:
    decks = shipped()
    with Store.open(db_path, clock=clock) as store:
        build_demo(store.db, decks.values(), 6, seed=3, today=TODAY)
        assert store.db.execute("SELECT COUNT(*) FROM talk_tally").fetchone()[0] > 6
        same_as_the_talks(store)
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
        first = store.conversations.start(zoe.id, decks["check-in"])
        store.conversations.complete(first.id)
        second = store.conversations.start(zoe.id, decks["check-in"])
        store.conversations.complete(second.id)
        same_as_the_talks(store)
        assert store.talk_plans.last_talks([zoe.id])[zoe.id][0].day == clock.current.date()
        # Reopened and completed again a year later: the talk keeps its date and its count.
        clock.current = datetime(2027, 1, 15, 9, 0)
        store.conversations.reopen(first.id, "typo")
        store.conversations.complete(first.id)
        same_as_the_talks(store)
        assert store.db.execute(
            "SELECT year, talks FROM talk_tally WHERE employee_id = ?", [zoe.id]
        ).fetchall() == [("2026", 2)]
        # A date, a kind, a deck or a person changed by hand; a talk deleted.
        other = store.employees.listing()[0].id
        store.db.execute(
            "UPDATE conversation SET first_completed_at = '2025-06-01T10:00:00' WHERE id = ?",
            [first.id],
        )
        same_as_the_talks(store)
        store.db.execute("UPDATE conversation SET deck_kind = NULL WHERE id = ?", [second.id])
        same_as_the_talks(store)
        store.db.execute("UPDATE conversation SET deck_kind = 'reflectie' WHERE id = ?", [first.id])
        same_as_the_talks(store)
        store.db.execute("UPDATE conversation SET audience = 'manager' WHERE id = ?", [first.id])
        same_as_the_talks(store)
        store.db.execute("UPDATE conversation SET audience = 'employee' WHERE id = ?", [first.id])
        same_as_the_talks(store)
        store.db.execute("UPDATE conversation SET deck_slug = 'ander' WHERE id = ?", [second.id])
        same_as_the_talks(store)
        store.db.execute("UPDATE conversation SET employee_id = ? WHERE id = ?", [other, second.id])
        same_as_the_talks(store)
        store.db.execute("DELETE FROM conversation WHERE id = ?", [second.id])
        same_as_the_talks(store)
        assert store.employees.remove_demo() == 6
        same_as_the_talks(store)


def test_a_conversation_counts_in_the_tally_exactly_when_the_domain_calls_it_a_talk(
    db_path: Path, clock: SteppingClock
) -> None:
    with Store.open(db_path, clock=clock) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
        held = [(kind, audience) for kind in [*DeckKind, None] for audience in Audience]
        for number, (kind, audience) in enumerate(held):
            store.db.execute(
                "INSERT INTO conversation (id, employee_id, deck_slug, deck_version, deck_title,"
                " started_at, status, updated_at, first_completed_at, deck_kind, audience)"
                " VALUES (?, ?, ?, 1, 'Deck', '2026-01-05T10:00:00', 'completed',"
                " '2026-01-05T11:00:00', '2026-01-05T11:00:00', ?, ?)",
                [f"c-{number}", zoe.id, f"deck-{number}", kind.value if kind else None, audience],
            )
        counted = store.db.execute(
            "SELECT deck_kind, talks FROM talk_tally ORDER BY deck_kind"
        ).fetchall()
        expected = Counter(
            (kind.value if kind else "") for kind, audience in held if is_talk(audience)
        )
        assert dict(counted) == dict(expected)
        # Every kind counts once, by its talk with the employee; feedforward too.
        assert set(expected.values()) == {1} and "feedforward" in expected and "" in expected


def test_erasing_a_person_leaves_nothing_of_them_in_the_tally(
    db_path: Path, clock: SteppingClock, tmp_path: Path
) -> None:
    decks = shipped()
    with Store.open(db_path, clock=clock) as store:
        build_demo(store.db, decks.values(), 3, seed=4, today=TODAY)
        bram = store.employees.add(EmployeeDraft(name="Bram Claes"))
        for slug in ("check-in", "ontwikkelgesprek", "check-in"):
            talk = store.conversations.start(bram.id, decks[slug])
            store.conversations.complete(talk.id)
        assert store.db.execute(
            "SELECT COUNT(*) FROM talk_tally WHERE employee_id = ?", [bram.id]
        ).fetchone() == (2,)
        erase_person(store, bram.id, tmp_path / "backups")
        assert store.db.execute(
            "SELECT COUNT(*) FROM talk_tally WHERE employee_id = ?", [bram.id]
        ).fetchone() == (0,)
        same_as_the_talks(store)
    assert bram.id.encode() not in db_path.read_bytes()


def test_a_talk_dated_after_the_reference_day_is_not_counted_in_the_year(
    db_path: Path, clock: SteppingClock
) -> None:
    decks = shipped()
    with Store.open(db_path, clock=clock) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
        held = store.conversations.start(zoe.id, decks["check-in"])
        store.conversations.complete(held.id)
        # A second talk whose clock ran a week ahead: after today, so not yet held.
        later = store.conversations.start(zoe.id, decks["check-in"])
        store.conversations.complete(later.id)
        ahead = (clock.current + timedelta(days=7)).isoformat(timespec="seconds")
        store.db.execute(
            "UPDATE conversation SET first_completed_at = ? WHERE id = ?", [ahead, later.id]
        )
        today = clock.current.date()
        figures = store.kpi.figures(today.year, today=today)
        assert figures.talks == 1
        assert figures.employees_without_talk == 0
        # A week later both are held.
        assert store.kpi.figures(today.year, today=today + timedelta(days=8)).talks == 2


def plan_of(conn: sqlite3.Connection, sql: str, values: object) -> str:
    return " | ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", values))


def test_the_overview_and_kpi_queries_read_the_indexes_made_for_them(db_path: Path) -> None:
    """On a file with data and statistics, so the planner chooses as on a real one."""
    with Store.open(db_path) as store:
        build_demo(store.db, shipped().values(), 40, seed=5, today=TODAY)
        store.db.execute("ANALYZE")
        conn = store.db.conn
        ids = json.dumps(["hoe-gaat-het"])
        plans = {
            "talks": plan_of(conn, TALKS_SQL.format(who=""), PERIOD),
            "cycle": plan_of(
                conn,
                CYCLE_ACTIONS_SQL.format(who=""),
                [TODAY.isoformat(), *PERIOD, "[]", PERIOD[1], *PERIOD],
            ),
            "wellbeing": plan_of(conn, WELLBEING_SQL.format(who=""), [ids, ids]),
            "actions": plan_of(conn, ACTIONS_SQL.format(who=""), [TODAY.isoformat()]),
        }
        last_talks = plan_of(conn, KIND_LAST_TALKS_SQL.format(where=""), [])
        values = parameters(TODAY.year, TODAY, None)
        for query in queries(team=False):
            plans[f"kpi {query.name}"] = plan_of(conn, query.sql, values)
    assert "COVERING INDEX conversation_period_talks" in plans["talks"]
    assert "COVERING INDEX action_cycle_facts" in plans["cycle"]
    assert "INDEX answer_scale_by_card" in plans["wellbeing"]
    assert "COVERING INDEX talk_tally_latest" in plans["kpi talks"]
    assert "conversation" not in plans["kpi talks"]
    assert "COVERING INDEX talk_tally_latest" in last_talks
    assert "talk_tally_by_year" in plans["kpi after_reference"]
    for name, plan in plans.items():
        assert "SCAN answer" not in plan, name
