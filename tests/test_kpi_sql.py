"""The KPIs against plain SQL: the queries of docs/kpi.md, written out by hand, over the
same files (the hand-made one and a demo database) give the same figures."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from leercoach.store import Store

from .conftest import Cli
from .test_kpi import TODAY, build_file

# The employees in service in :year (docs/kpi.md, "in service").
STAFF = """
    SELECT id FROM employee
    WHERE (start_date IS NULL OR start_date <= :year || '-12-31')
      AND (end_date IS NULL OR end_date >= :year || '-01-01')
"""
# The talks of the year: conversations first completed in it, not the manager's own decks.
TALKS = f"""
    SELECT employee_id, deck_kind FROM conversation
    WHERE substr(first_completed_at, 1, 4) = :year
      AND audience = 'employee'
      AND employee_id IN ({STAFF})
"""
# Agreed actions due in the year up to the reference date, not dropped, and the last
# time each was set to klaar (an action klaar without that event: its last change).
ACTIONS = f"""
    SELECT a.status, a.due_date,
           coalesce((SELECT max(e.at) FROM action_event e
                     WHERE e.action_id = a.id AND e.kind = 'status' AND e.to_status = 'klaar'),
                    a.updated_at) AS closed
    FROM action a
    WHERE a.due_date BETWEEN :year || '-01-01' AND :reference
      AND a.status != 'geschrapt'
      AND a.employee_id IN ({STAFF})
"""
GOALS = f"""
    SELECT g.status FROM goal g JOIN growth_cycle c ON c.id = g.cycle_id
    WHERE c.period_start <= :year || '-12-31' AND c.period_end >= :year || '-01-01'
      AND g.status != 'losgelaten'
      AND c.employee_id IN ({STAFF})
"""


def share(part: int, whole: int) -> float | None:
    if not whole:
        return None
    return float((Decimal(part) / Decimal(whole)).quantize(Decimal("0.01"), ROUND_HALF_UP))


def by_plain_sql(path: Path, year: int, today: date) -> dict[str, object]:
    reference = min(date(year, 12, 31), today).isoformat()
    values = {"year": str(year), "reference": reference}
    with sqlite3.connect(path) as raw:
        staff = raw.execute(f"SELECT count(*) FROM ({STAFF})", values).fetchone()[0]
        talks = raw.execute(TALKS, values).fetchall()
        actions = raw.execute(ACTIONS, values).fetchall()
        goals = [status for (status,) in raw.execute(GOALS, values)]
    development = [kind for _, kind in talks if kind in ("ontwikkelgesprek", "groeicyclus")]
    on_time = [
        status for status, due, closed in actions if status == "klaar" and closed[:10] <= due
    ]
    return {
        "employees": staff,
        "talks": len(talks),
        "talks_per_employee": share(len(talks), staff),
        "development_talks_per_employee": share(len(development), staff),
        "employees_without_talk": staff - len({person for person, _ in talks}),
        "actions_due": len(actions),
        "actions_closed_on_time_share": share(len(on_time), len(actions)),
        "goals": len(goals),
        "goals_reached_share": share(goals.count("behaald"), len(goals)),
    }


def test_the_hand_made_file_agrees_with_plain_sql(db_path: Path) -> None:
    with Store.open(db_path) as store:
        build_file(store)
        figures = {year: store.kpi.figures(year, today=TODAY).as_json() for year in (2025, 2026)}
    for year, found in figures.items():
        plain = by_plain_sql(db_path, year, TODAY)
        assert {key: found[key] for key in plain} == plain


def test_a_demo_database_agrees_with_plain_sql(cli: Cli, db_path: Path) -> None:
    code, _, err = cli("--db", db_path, "demo", "--employees", "40", "--seed", "3")
    assert code == 0, err
    today = date.today()
    with Store.open(db_path) as store:
        figures = {
            year: store.kpi.figures(year, today=today).as_json()
            for year in (today.year - 1, today.year)
        }
    for year, found in figures.items():
        plain = by_plain_sql(db_path, year, today)
        assert plain["talks"] or year < today.year  # the demo holds this year's talks
        assert {key: found[key] for key in plain} == plain
