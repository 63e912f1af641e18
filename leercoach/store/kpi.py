"""The development KPIs of a year, counted in bulk SQL (``store.kpi.figures``).

The definitions are the domain's (``leercoach.domain.kpi`` and ``domain.talks``): the SQL
below is built from their constants, and where a rule is more than a comparison (the next
talk of someone's rhythm) the store reads the rows and asks the domain. Every query
counts the employees in service in the year (``IN_SERVICE_SQL``, ``talks.in_service`` in
SQL), of one team when asked. ``docs/kpi.md`` shows the same SQL.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from leercoach.domain.kpi import (
    CLOSED,
    DROPPED_ACTION,
    DROPPED_GOAL,
    REACHED_GOAL,
    TRAINING,
    TRANSFER_KIND,
    TRANSFER_WINDOW,
    KpiCounts,
    KpiFigures,
    within_rhythm,
)
from leercoach.domain.talks import DEVELOPMENT_KINDS, next_talk
from leercoach.store.base import Repository
from leercoach.store.rows import talk_plan_of
from leercoach.store.talk_plans import IS_TALK_SQL, kind_last_talk

# domain.talks.in_service: started by the year's last day, not left before its first.
IN_SERVICE_SQL = (
    "(COALESCE(start_date, '') = '' OR start_date <= :last)"
    " AND (COALESCE(end_date, '') = '' OR end_date >= :first)"
)
DEVELOPMENT_SQL = ", ".join(f"'{kind.value}'" for kind in sorted(DEVELOPMENT_KINDS))
# When an action was closed: the last time its status was set to klaar; an action that is
# klaar without that event (written before the history was kept) by its last change.
CLOSED_AT_SQL = (
    "COALESCE((SELECT MAX(e.at) FROM action_event AS e WHERE e.action_id = a.id"
    f" AND e.kind = 'status' AND e.to_status = '{CLOSED.value}'), a.updated_at)"
)
WINDOW_DAYS = TRANSFER_WINDOW.days


@dataclass(frozen=True)
class Query:
    """One of the KPI queries: its name, its SQL with named parameters."""

    name: str
    sql: str


def staff_sql(team: bool) -> str:
    where = IN_SERVICE_SQL + (" AND team = :team" if team else "")
    return f"WITH staff AS (SELECT id FROM employee WHERE {where}) "


def queries(team: bool) -> list[Query]:
    """The SQL of every figure, in the order ``figures`` runs it (the benchmark runs the same
    on a bare connection)."""
    staff = staff_sql(team)
    return [
        Query("employees", staff + "SELECT COUNT(*) AS employees FROM staff"),
        Query(
            "talks",
            staff + "SELECT COUNT(*) AS talks,"
            f" COALESCE(SUM(deck_kind IN ({DEVELOPMENT_SQL})), 0) AS development_talks,"
            " COUNT(DISTINCT employee_id) AS employees_with_talk"
            " FROM conversation WHERE employee_id IN staff"
            f" AND first_completed_at >= :first AND first_completed_at < :next AND {IS_TALK_SQL}",
        ),
        Query(
            "last_talks",
            staff + "SELECT employee_id, deck_kind, deck_slug, MAX(first_completed_at) AS held"
            " FROM conversation WHERE employee_id IN staff"
            f" AND first_completed_at IS NOT NULL AND first_completed_at < :after_reference"
            f" AND {IS_TALK_SQL} GROUP BY employee_id, deck_kind",
        ),
        Query(
            "plans",
            staff + "SELECT id, talk_rhythm, talk_planned, talk_deck FROM employee"
            " WHERE id IN staff",
        ),
        Query(
            "actions",
            staff + "SELECT COUNT(*) AS actions_due,"
            f" COALESCE(SUM(a.status = '{CLOSED.value}'"
            f" AND substr({CLOSED_AT_SQL}, 1, 10) <= a.due_date), 0) AS actions_closed_on_time"
            " FROM action AS a WHERE a.employee_id IN staff"
            " AND a.due_date >= :first AND a.due_date <= :reference"
            f" AND a.status != '{DROPPED_ACTION.value}'",
        ),
        Query(
            "goals",
            staff + "SELECT COUNT(*) AS goals,"
            f" COALESCE(SUM(g.status = '{REACHED_GOAL.value}'), 0) AS goals_reached"
            " FROM goal AS g JOIN growth_cycle AS c ON c.id = g.cycle_id"
            " WHERE c.employee_id IN staff"
            " AND c.period_start <= :last AND c.period_end >= :first"
            f" AND g.status != '{DROPPED_GOAL.value}'",
        ),
        Query(
            "trainings",
            staff + "SELECT COUNT(*) AS trainings,"
            " COALESCE(SUM(EXISTS (SELECT 1 FROM conversation AS t"
            " WHERE t.employee_id = x.employee_id"
            f" AND t.deck_kind = '{TRANSFER_KIND.value}'"
            " AND t.first_completed_at >= x.closed"
            f" AND t.first_completed_at < date(x.closed, '+{WINDOW_DAYS + 1} days'))), 0)"
            " AS trainings_followed_up"
            f" FROM (SELECT a.employee_id, substr({CLOSED_AT_SQL}, 1, 10) AS closed"
            " FROM action AS a WHERE a.employee_id IN staff"
            f" AND a.status = '{CLOSED.value}' AND a.learning_form = '{TRAINING.value}') AS x"
            " WHERE x.closed >= :first AND x.closed <= :last"
            f" AND date(x.closed, '+{WINDOW_DAYS} days') < :today",
        ),
    ]


def parameters(year: int, today: date, team: str | None) -> dict[str, Any]:
    reference = min(date(year, 12, 31), today)
    values: dict[str, Any] = {
        "first": date(year, 1, 1).isoformat(),
        "last": date(year, 12, 31).isoformat(),
        "next": date(year + 1, 1, 1).isoformat(),
        "reference": reference.isoformat(),
        "after_reference": (reference + timedelta(days=1)).isoformat(),
        "today": today.isoformat(),
    }
    if team is not None:
        values["team"] = team
    return values


class Kpi(Repository):
    def figures(self, year: int, team: str | None = None, *, today: date) -> KpiFigures:
        """The development KPIs of ``year`` as they stand on ``today``, for one team or all."""
        return KpiFigures.of(year, today, self.counts(year, team, today=today))

    def counts(self, year: int, team: str | None = None, *, today: date) -> KpiCounts:
        values = parameters(year, today, team)
        found: dict[str, Any] = {}
        plans: dict[str, Any] = {}
        talks: dict[str, list[Any]] = {}
        for query in queries(team is not None):
            cursor = self.db.execute(query.sql, values)
            if query.name == "plans":
                plans = {row[0]: talk_plan_of(_row(cursor.description, row)) for row in cursor}
            elif query.name == "last_talks":
                for row in _rows(cursor):
                    talks.setdefault(row["employee_id"], []).append(kind_last_talk(row))
            else:
                found.update(next(_rows(cursor)))
        reference = date.fromisoformat(values["reference"])
        with_rhythm = within = 0
        for person, kept_plan in plans.items():
            # A past year: the plan's date is about now; the rhythm (no history of it is
            # kept) and the talks up to the year's last day say where someone stood.
            plan = kept_plan if reference == today else dataclasses.replace(kept_plan, planned=None)
            kept = within_rhythm(next_talk(plan, talks.get(person, []), reference), reference)
            if kept is not None:
                with_rhythm += 1
                within += kept
        return KpiCounts(with_rhythm=with_rhythm, within_rhythm=within, **found)

    def teams(self) -> list[str]:
        """The teams people are in, for a choice of team; the empty team left out."""
        return [
            row[0]
            for row in self.db.execute(
                "SELECT DISTINCT team FROM employee WHERE team != '' ORDER BY team"
            )
        ]

    def has_team(self, team: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM employee WHERE team = ? LIMIT 1", [team]).fetchone()
            is not None
        )

    def first_year(self) -> int | None:
        """The year of the first talk held, for a choice of year; None when none was."""
        found = self.db.execute(
            "SELECT MIN(first_completed_at) FROM conversation WHERE first_completed_at IS NOT NULL"
        ).fetchone()[0]
        return int(found[:4]) if found else None


def _row(description: Any, values: Any) -> dict[str, Any]:
    return {column[0]: value for column, value in zip(description, values, strict=True)}


def _rows(cursor: Any) -> Iterator[dict[str, Any]]:
    names = [column[0] for column in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))
