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
from leercoach.domain.talks import DEVELOPMENT_KINDS, KindLastTalk, TalkPlan, next_talk
from leercoach.store.base import Repository
from leercoach.store.talk_plans import IS_TALK_SQL, KINDS, plans_of

# domain.talks.in_service: started by the year's last day, not left before its first.
IN_SERVICE_SQL = (
    "(COALESCE(start_date, '') = '' OR start_date <= :last)"
    " AND (COALESCE(end_date, '') = '' OR end_date >= :first)"
)
DEVELOPMENT_VALUES = frozenset(kind.value for kind in DEVELOPMENT_KINDS)
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
    """The SQL of every figure, in the order ``counts`` runs it (the benchmark runs the same
    on a bare connection)."""
    staff = staff_sql(team)
    return [
        # The in-service people with their plan: the employees and their rhythm.
        Query(
            "plans",
            "SELECT id, talk_rhythm, talk_planned, talk_deck FROM employee"
            f" WHERE {IN_SERVICE_SQL}" + (" AND team = :team" if team else ""),
        ),
        # A talk of the year after the reference date (a clock set wrong, a year not over):
        # then the tally, which counts whole years, would count it, so ``counts`` reads
        # FROM_TALKS_SQL instead.
        Query(
            "after_reference",
            "SELECT COUNT(*) AS later FROM (SELECT 1 FROM talk_tally INDEXED BY"
            " talk_tally_by_year WHERE year = :year AND last_at >= :after_reference LIMIT 1)",
        ),
        # Per person and deck kind, the talks held up to the reference date: the latest
        # (the rhythm) and how many fall in the year (the talks), from the tally kept by
        # triggers (migration 0015), one row per person, kind and year.
        Query(
            "talks",
            "SELECT employee_id, deck_kind, last_slug, MAX(last_at) AS held,"
            " SUM(CASE WHEN year = :year THEN talks ELSE 0 END) AS in_year"
            " FROM talk_tally WHERE year <= :year GROUP BY employee_id, deck_kind",
        ),
        # Done on time: last set to klaar by the due date. An action's last change is never
        # before its last status change, so a last change by the due date settles it
        # without reading the history.
        Query(
            "actions",
            staff + "SELECT COUNT(*) AS actions_due,"
            f" COALESCE(SUM(CASE WHEN a.status != '{CLOSED.value}' THEN 0"
            " WHEN substr(a.updated_at, 1, 10) <= a.due_date THEN 1"
            f" ELSE substr({CLOSED_AT_SQL}, 1, 10) <= a.due_date END), 0)"
            " AS actions_closed_on_time"
            " FROM action AS a INDEXED BY action_by_due"
            " WHERE a.due_date >= :first AND a.due_date <= :reference"
            f" AND a.employee_id IN staff AND a.status != '{DROPPED_ACTION.value}'",
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
            staff + ", trained AS MATERIALIZED ("
            f"SELECT a.employee_id, substr({CLOSED_AT_SQL}, 1, 10) AS closed"
            " FROM action AS a INDEXED BY action_training_done WHERE a.employee_id IN staff"
            f" AND a.status = '{CLOSED.value}' AND a.learning_form = '{TRAINING.value}')"
            " SELECT COUNT(*) AS trainings,"
            " COALESCE(SUM(EXISTS (SELECT 1 FROM conversation AS t"
            " INDEXED BY conversation_talks_by_kind"
            f" WHERE t.employee_id = x.employee_id AND t.deck_kind = '{TRANSFER_KIND.value}'"
            f" AND t.{IS_TALK_SQL}"
            " AND t.first_completed_at IS NOT NULL AND t.first_completed_at >= x.closed"
            f" AND t.first_completed_at < date(x.closed, '+{WINDOW_DAYS + 1} days'))), 0)"
            " AS trainings_followed_up"
            " FROM trained AS x WHERE x.closed >= :first AND x.closed <= :last"
            f" AND date(x.closed, '+{WINDOW_DAYS} days') < :today",
        ),
    ]


# The same from the conversations themselves, for a year with talks after the reference.
FROM_TALKS_SQL = (
    "SELECT employee_id, deck_kind, deck_slug, MAX(first_completed_at) AS held,"
    " SUM(first_completed_at >= :first) AS in_year"
    " FROM conversation INDEXED BY conversation_talks_by_kind"
    " WHERE first_completed_at IS NOT NULL AND first_completed_at < :after_reference"
    f" AND {IS_TALK_SQL} GROUP BY employee_id, deck_kind"
)


def parameters(year: int, today: date, team: str | None) -> dict[str, Any]:
    reference = min(date(year, 12, 31), today)
    values: dict[str, Any] = {
        "year": f"{year:04d}",
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
        reference = date.fromisoformat(values["reference"])
        found: dict[str, Any] = {}
        plans: dict[str, TalkPlan] = {}
        talks: dict[str, list[KindLastTalk]] = {}
        held = development = 0
        with_talk: set[str] = set()
        later = False
        for query in queries(team is not None):
            sql = FROM_TALKS_SQL if query.name == "talks" and later else query.sql
            cursor = self.db.execute(sql, values)
            if query.name == "plans":
                plans = plans_of(cursor)
            elif query.name == "after_reference":
                later = bool(cursor.fetchone()[0])
            elif query.name == "talks":
                held, development, with_talk = self._talks(cursor, plans, talks)
            else:
                found.update(next(_rows(cursor)))
        with_rhythm = within = 0
        past: dict[TalkPlan, TalkPlan] = {}  # people share plans (plans_of)
        for person, kept_plan in plans.items():
            # A past year: the plan's date is about now; the rhythm (no history of it is
            # kept) and the talks up to the year's last day say where someone stood.
            plan = kept_plan
            if reference != today:
                plan = past.get(kept_plan) or past.setdefault(
                    kept_plan, dataclasses.replace(kept_plan, planned=None)
                )
            kept = within_rhythm(next_talk(plan, talks.get(person, []), reference), reference)
            if kept is not None:
                with_rhythm += 1
                within += kept
        return KpiCounts(
            employees=len(plans),
            talks=held,
            development_talks=development,
            employees_with_talk=len(with_talk),
            with_rhythm=with_rhythm,
            within_rhythm=within,
            **found,
        )

    @staticmethod
    def _talks(
        cursor: Any, plans: dict[str, TalkPlan], talks: dict[str, list[KindLastTalk]]
    ) -> tuple[int, int, set[str]]:
        """Fill ``talks`` (per person, the latest of each kind) from the rows of the talks
        query; return the year's talks, its development talks and who had one."""
        held = development = 0
        with_talk: set[str] = set()
        made: dict[tuple[str, str, str], KindLastTalk] = {}
        for person, kind, slug, last, in_year in cursor:
            if person not in plans:
                continue  # not in service in the year
            key = (kind, last[:10], slug)
            talk = made.get(key)
            if talk is None:
                talk = made[key] = KindLastTalk(
                    KINDS.get(kind or ""), date.fromisoformat(key[1]), slug
                )
            found = talks.get(person)
            if found is None:
                talks[person] = [talk]
            else:
                found.append(talk)
            if in_year:
                held += in_year
                with_talk.add(person)
                if kind in DEVELOPMENT_VALUES:
                    development += in_year
        return held, development, with_talk

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


def _rows(cursor: Any) -> Iterator[dict[str, Any]]:
    names = [column[0] for column in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))
