"""The week of a day in the database: five bulk reads, whatever the number of people.

What belongs in the week is the domain's (``leercoach.domain.week``); this module reads
the candidates (the people, everyone's next talk from their plans and last talks per
deck kind, the open actions due by Sunday, the unsettled goals dated before today) and
leaves the choice to ``build_week``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import sqlite_utils

from leercoach.domain.action import OPEN_STATUSES
from leercoach.domain.cycle import GOAL_SETTLED
from leercoach.domain.talks import NO_FOLLOW_UPS, week_of
from leercoach.domain.week import Week, WeekPerson, build_week
from leercoach.store import rows
from leercoach.store.base import Clock, Repository
from leercoach.store.talk_plans import TalkPlans

_OPEN = sorted(status.value for status in OPEN_STATUSES)
_SETTLED = sorted(status.value for status in GOAL_SETTLED)
PEOPLE_SQL = "SELECT id, name, start_date, end_date, archived FROM employee WHERE archived = 0"
# Whose they are is left to the domain (in service, not archived): a join with the
# employee table here doubled the time of the actions' query on 10 000 people.
ACTIONS_SQL = (
    f"SELECT * FROM action WHERE status IN ({rows.marks(_OPEN)})"
    " AND due_date IS NOT NULL AND due_date <= ?"
)
GOALS_SQL = (
    "SELECT goal.*, growth_cycle.employee_id AS person FROM goal"
    " JOIN growth_cycle ON growth_cycle.id = goal.cycle_id"
    f" WHERE goal.status NOT IN ({rows.marks(_SETTLED)})"
    " AND goal.due_date IS NOT NULL AND goal.due_date < ?"
)
DECK_TITLES_SQL = (
    "SELECT slug, json_extract(content, '$.title') AS title FROM deck_snapshot"
    " ORDER BY slug, version, stored_at"
)


class WeekRepository(Repository):
    def __init__(self, db: sqlite_utils.Database, clock: Clock, talk_plans: TalkPlans) -> None:
        super().__init__(db, clock)
        self.talk_plans = talk_plans

    def week(self, today: date, follow_ups: Mapping[str, str] = NO_FOLLOW_UPS) -> Week:
        """What belongs in the week of ``today`` (``domain.week.build_week``); the talks'
        decks follow ``follow_ups`` (``TalkPlans.next_talks``)."""
        sunday = week_of(today)[1]
        people = [
            WeekPerson(
                id=person,
                name=name,
                start_date=rows.to_day(start),
                end_date=rows.to_day(end),
                archived=bool(archived),
            )
            for person, name, start, end, archived in self.db.execute(PEOPLE_SQL).fetchall()
        ]
        known = {person.id for person in people}
        actions = [
            rows.action(row)
            for row in self.rows(ACTIONS_SQL, [*_OPEN, sunday.isoformat()])
            if row["employee_id"] in known  # an archived person's: not converted at all
        ]
        goals = [
            (row["person"], rows.goal(row))
            for row in self.rows(GOALS_SQL, [*_SETTLED, today.isoformat()])
            if row["person"] in known
        ]
        return build_week(
            today, people, self.talk_plans.next_talks(today, None, follow_ups), actions, goals
        )

    def deck_titles(self) -> dict[str, str]:
        """Each stored deck's title by slug, of its newest version: what a talk is called."""
        return {str(slug): str(title) for slug, title in self.db.execute(DECK_TITLES_SQL) if title}
