"""The rhythm of talks in the database: the plan per person and where each stands.

The definitions are the domain's (``leercoach.domain.talks``); this module reads the rows
they need, one per person and deck kind, and writes a manager's plan.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date

import sqlite_utils

from leercoach import paths
from leercoach.decks import DeckLibrary, load_library
from leercoach.domain import DeckKind
from leercoach.domain.deck import Audience
from leercoach.domain.talks import (
    NO_FOLLOW_UPS,
    KindLastTalk,
    NextTalk,
    TalkPlan,
    next_talk,
)
from leercoach.store.base import Repository
from leercoach.store.errors import NotFoundError
from leercoach.store.rows import new_id, planned_text, talk_plan_of

# Which conversations are talks (domain.talks.is_talk), as SQL over conversation.audience.
IS_TALK_SQL = f"audience = '{Audience.EMPLOYEE.value}'"
# Per person and deck kind, the latest talk: from the tally kept by triggers (migration
# 0015), one row per person, kind and year, in the order of its key (no sort).
KIND_LAST_TALKS_SQL = (
    "SELECT employee_id, deck_kind, last_slug, MAX(last_at) FROM talk_tally{where}"
    " GROUP BY employee_id, deck_kind"
)


def backfill(db: sqlite_utils.Database, library: DeckLibrary | None = None) -> int:
    """Give every conversation its deck's kind: the Python step after migration
    ``talk_rhythm``, in its transaction. From the stored snapshot where there is one,
    else from a loaded deck of the same slug; a deck found nowhere leaves it NULL (and
    the conversation counts as a talk). Returns how many conversations got a kind."""
    filled = 0
    for digest, content in db.execute("SELECT hash, content FROM deck_snapshot").fetchall():
        kind = json.loads(content).get("kind")
        filled += db.execute(
            "UPDATE conversation SET deck_kind = ? WHERE deck_hash = ? AND deck_kind IS NULL",
            [kind, digest],
        ).rowcount
    left = [
        slug
        for (slug,) in db.execute(
            "SELECT DISTINCT deck_slug FROM conversation WHERE deck_kind IS NULL"
        ).fetchall()
    ]
    if not left:
        return filled
    library = library or load_library(paths.deck_folders())
    for slug in left:
        try:
            deck = library.get(slug)
        except KeyError:
            continue
        filled += db.execute(
            "UPDATE conversation SET deck_kind = ? WHERE deck_slug = ? AND deck_kind IS NULL",
            [deck.kind.value, slug],
        ).rowcount
    return filled


KINDS = {kind.value: kind for kind in DeckKind}


def plans_of(
    found: Iterable[tuple[str, str | None, str | None, str | None]],
) -> dict[str, TalkPlan]:
    """Per person, the plan of rows (id, talk_rhythm, talk_planned, talk_deck): one TalkPlan
    per distinct plan, as most people share one (none set)."""
    made: dict[tuple[str | None, str | None, str | None], TalkPlan] = {}
    plans: dict[str, TalkPlan] = {}
    for person, *kept in found:
        key = (kept[0], kept[1], kept[2])
        plan = made.get(key)
        if plan is None:
            plan = made[key] = talk_plan_of(
                {"talk_rhythm": key[0], "talk_planned": key[1], "talk_deck": key[2]}
            )
        plans[person] = plan
    return plans


class TalkPlans(Repository):
    def last_talks(
        self, employee_ids: Iterable[str] | None = None
    ) -> dict[str, list[KindLastTalk]]:
        """Per person, the most recent talk of each deck kind; everyone when ``employee_ids``
        is None. A person without a talk is left out."""
        if employee_ids is None:
            cursor = self.db.execute(KIND_LAST_TALKS_SQL.format(where=""))
        else:
            ids = list(employee_ids)
            if not ids:
                return {}
            cursor = self.db.execute(
                KIND_LAST_TALKS_SQL.format(
                    where=" WHERE employee_id IN (SELECT value FROM json_each(?))"
                ),
                [json.dumps(ids)],
            )
        # One date object per day and one KindLastTalk per kind, day and deck: ten
        # thousand people have some 60 000 of these rows, read at every start of the list.
        made: dict[tuple[str, str, str], KindLastTalk] = {}
        by_person: dict[str, list[KindLastTalk]] = {}
        for employee_id, kind, slug, held in cursor:
            key = (kind, held[:10], slug)
            talk = made.get(key)
            if talk is None:
                talk = made[key] = KindLastTalk(KINDS.get(kind), date.fromisoformat(key[1]), slug)
            found = by_person.get(employee_id)
            if found is None:
                by_person[employee_id] = [talk]
            else:
                found.append(talk)
        return by_person

    def plans(self, employee_ids: Iterable[str] | None = None) -> dict[str, TalkPlan]:
        sql = "SELECT id, talk_rhythm, talk_planned, talk_deck FROM employee"
        if employee_ids is None:
            found = self.db.execute(sql)
        else:
            found = self.db.execute(
                sql + " WHERE id IN (SELECT value FROM json_each(?))",
                [json.dumps(list(employee_ids))],
            )
        return plans_of(found)

    def next_talks(
        self,
        today: date,
        employee_ids: Iterable[str] | None = None,
        follow_ups: Mapping[str, str] = NO_FOLLOW_UPS,
    ) -> dict[str, NextTalk]:
        """Where each person stands in the rhythm on ``today``; ``follow_ups`` the loaded
        decks' ``DeckLibrary.follow_ups``, for the deck of the next talk."""
        ids = None if employee_ids is None else list(employee_ids)
        plans = self.plans(ids)
        talks = self.last_talks(ids)
        return {
            person: next_talk(plan, talks.get(person, []), today, follow_ups)
            for person, plan in plans.items()
        }

    def next_talk(
        self, employee_id: str, today: date, follow_ups: Mapping[str, str] = NO_FOLLOW_UPS
    ) -> NextTalk:
        found = self.next_talks(today, [employee_id], follow_ups)
        if employee_id not in found:
            raise NotFoundError("employee", employee_id)
        return found[employee_id]

    def set_plan(self, employee_id: str, plan: TalkPlan) -> TalkPlan:
        """Keep ``plan`` as the manager's plan for the person: rhythm, next date, deck.

        A planned date is a ``planned_talk`` record: moved, it keeps its id; taken away,
        it is cancelled; the next talk held settles it (``Conversations.complete``).
        """
        now = self.now_text()
        with self.transaction():
            changed = self.db.execute(
                "UPDATE employee SET talk_rhythm = ?, talk_deck = ?, updated_at = ? WHERE id = ?",
                [plan.rhythm.value if plan.rhythm else None, plan.deck, now, employee_id],
            ).rowcount
            if not changed:
                raise NotFoundError("employee", employee_id)
            self._plan_date(employee_id, planned_text(plan.planned), now)
        return plan

    def _plan_date(self, employee_id: str, planned: str | None, now: str) -> None:
        open_plan = self.rows(
            "SELECT id, planned FROM planned_talk WHERE employee_id = ? AND status = 'planned'",
            [employee_id],
        )
        if open_plan and open_plan[0]["planned"] == planned:
            return
        if open_plan:
            status, when = (
                ("planned", planned) if planned else ("cancelled", open_plan[0]["planned"])
            )
            self.db.execute(
                "UPDATE planned_talk SET planned = ?, status = ?, updated_at = ? WHERE id = ?",
                [when, status, now, open_plan[0]["id"]],
            )
        elif planned:
            self.db.table("planned_talk").insert(
                {
                    "id": new_id(),
                    "employee_id": employee_id,
                    "planned": planned,
                    "status": "planned",
                    "conversation_id": None,
                    "created_at": now,
                    "updated_at": now,
                }
            )
