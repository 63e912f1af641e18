"""What a calendar file is made of, read in a few queries: the people chosen, their
planned talks, their last two talks, and the actions and goals with a due date.

The rules (which items, which UIDs, when a settled one drops out) are the domain's
(``leercoach.domain.agenda``); only rows recent enough to matter are read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date

from leercoach.decks import DeckLibrary
from leercoach.domain.action import OPEN_STATUSES
from leercoach.domain.agenda import (
    KEEP_SETTLED,
    AgendaInput,
    Deck,
    DueItem,
    Person,
    PlannedTalk,
    TalkHistory,
)
from leercoach.domain.cycle import GOAL_SETTLED
from leercoach.domain.talks import NO_FOLLOW_UPS
from leercoach.store.base import Repository
from leercoach.store.rows import Row, planned_value, to_stamp
from leercoach.store.talk_plans import IS_TALK_SQL, TalkPlans

OPEN_ACTIONS_SQL = ", ".join(f"'{status.value}'" for status in sorted(OPEN_STATUSES))
SETTLED_GOALS_SQL = ", ".join(f"'{status.value}'" for status in sorted(GOAL_SETTLED))
# The people chosen (all, or those of ?1, a JSON list of ids): current ones, and those
# archived since ?2, whose events the file then cancels.
CHOSEN = (
    "(SELECT id FROM employee WHERE (archived = 0 OR updated_at >= ?2)"
    " AND (?1 IS NULL OR id IN (SELECT value FROM json_each(?1))))"
)


def decks_of(library: DeckLibrary) -> dict[str, Deck]:
    """Each loaded deck's kind and duration, by slug."""
    return {slug: Deck(deck.kind, deck.duration_minutes) for slug, deck in library.decks.items()}


class CalendarRows(Repository):
    def agenda_input(
        self,
        today: date,
        decks: Mapping[str, Deck],
        employee_ids: Iterable[str] | None = None,
        follow_ups: Mapping[str, str] = NO_FOLLOW_UPS,
    ) -> AgendaInput:
        """The people (all, or those of ``employee_ids``) and their items: current people,
        and those archived in the last 30 days (their events are cancelled). The next
        talks' decks follow ``follow_ups`` (``TalkPlans.next_talks``)."""
        ids = None if employee_ids is None else json.dumps(list(employee_ids))
        since = (today - KEEP_SETTLED).isoformat()
        people = {
            row["id"]: Person(
                row["id"], row["name"], to_stamp(row["updated_at"]), bool(row["archived"])
            )
            for row in self.rows(
                f"SELECT id, name, updated_at, archived FROM employee WHERE id IN {CHOSEN}",
                [ids, since],
            )
        }
        chosen = None if employee_ids is None else list(people)
        return AgendaInput(
            today=today,
            people=people,
            standings=TalkPlans(self.db, self.clock).next_talks(today, chosen, follow_ups),
            planned=[self._planned(row) for row in self._planned_rows(ids, since)],
            due=[*self._actions(ids, since), *self._goals(ids, since)],
            talks=self._talks(ids, since),
            decks=decks,
        )

    def _planned_rows(self, ids: str | None, since: str) -> list[Row]:
        return self.rows(
            "SELECT id, employee_id, planned, status, created_at, updated_at FROM planned_talk"
            f" WHERE employee_id IN {CHOSEN} AND (status = 'planned' OR updated_at >= ?2)",
            [ids, since],
        )

    @staticmethod
    def _planned(row: Row) -> PlannedTalk:
        planned = planned_value(row["planned"])
        assert planned is not None  # NOT NULL in the schema
        return PlannedTalk(
            id=row["id"],
            employee_id=row["employee_id"],
            planned=planned,
            status=row["status"],
            created_at=to_stamp(row["created_at"]),
            updated_at=to_stamp(row["updated_at"]),
        )

    def _actions(self, ids: str | None, since: str) -> list[DueItem]:
        found = self.db.execute(
            "SELECT id, employee_id, what, due_date, status IN"
            f" ({OPEN_ACTIONS_SQL}), updated_at FROM action"
            f" WHERE due_date IS NOT NULL AND employee_id IN {CHOSEN}"
            f" AND (status IN ({OPEN_ACTIONS_SQL}) OR updated_at >= ?2)",
            [ids, since],
        ).fetchall()
        return [_due("action", *row) for row in found]

    def _goals(self, ids: str | None, since: str) -> list[DueItem]:
        found = self.db.execute(
            "SELECT goal.id, cycle.employee_id, goal.title, goal.due_date,"
            f" goal.status NOT IN ({SETTLED_GOALS_SQL}), goal.updated_at"
            " FROM goal JOIN growth_cycle AS cycle ON cycle.id = goal.cycle_id"
            f" WHERE goal.due_date IS NOT NULL AND cycle.employee_id IN {CHOSEN}"
            f" AND (goal.status NOT IN ({SETTLED_GOALS_SQL}) OR goal.updated_at >= ?2)",
            [ids, since],
        ).fetchall()
        return [_due("goal", *row) for row in found]

    def _talks(self, ids: str | None, since: str) -> dict[str, TalkHistory]:
        """Per person the last two talks, and whether the last used up a planned talk."""
        # Ranked from the index on (employee_id, first_completed_at), newest first.
        found = self.db.execute(
            "SELECT employee_id, id, first_completed_at, place FROM ("
            " SELECT employee_id, id, first_completed_at, ROW_NUMBER() OVER ("
            "  PARTITION BY employee_id ORDER BY first_completed_at DESC, id DESC) AS place"
            "  FROM conversation"
            f"  WHERE first_completed_at IS NOT NULL AND {IS_TALK_SQL}"
            f"  AND employee_id IN {CHOSEN})"
            " WHERE place <= 2",
            [ids, since],
        ).fetchall()
        settled_plans = {
            talk_id
            for (talk_id,) in self.db.execute(
                "SELECT conversation_id FROM planned_talk"
                " WHERE status = 'held' AND conversation_id IS NOT NULL"
            ).fetchall()
        }
        last: dict[str, TalkHistory] = {}
        before: dict[str, tuple[str, date]] = {}
        for person, talk_id, held, place in found:
            if place == 1:
                last[person] = TalkHistory(
                    talk_id, to_stamp(held), last_settled_a_plan=talk_id in settled_plans
                )
            else:
                before[person] = (talk_id, date.fromisoformat(held[:10]))
        for person, (talk_id, day) in before.items():
            if person in last:
                last[person] = replace(last[person], previous_id=talk_id, previous_day=day)
        return last


def _due(
    kind: str, item_id: str, person: str, text: str, due: str, is_open: int, updated: str
) -> DueItem:
    return DueItem(
        kind=kind,
        id=item_id,
        employee_id=person,
        text=text,
        due=date.fromisoformat(due),
        is_open=bool(is_open),
        updated_at=to_stamp(updated),
    )
