"""What the coach's feedforward prep sheet is built from (``domain.feedforward``), read in a
few bulk queries per person: no query per action, answer or talk.

The talents are the answers to cards of the theme ``talenten`` in talks held with the
person; only the deck a talk was held with knows a card's theme, so each distinct deck is
looked up once (``Trends.held_with``). The coach's own preparation is the newest
conversation of the deck kind ``feedforward`` with this person that holds an answer.
"""

from __future__ import annotations

import sqlite_utils

from leercoach.decks import DeckLibrary
from leercoach.domain import ActionStatus, Deck
from leercoach.domain.feedforward import (
    TALENT_THEME,
    ActionRecord,
    CoachAnswer,
    CoachPreparation,
    FeedforwardInputs,
    HeldTalk,
)
from leercoach.domain.feedforward_notes import PREPARATION_KIND
from leercoach.domain.recurring_words import TalentAnswer
from leercoach.domain.trends import scale_labels
from leercoach.store import rows
from leercoach.store.base import Clock, Repository
from leercoach.store.employees import Employees
from leercoach.store.kpi import CLOSED_AT_SQL
from leercoach.store.talk_plans import IS_TALK_SQL
from leercoach.store.trends import Trends

ANSWERED = "a.skipped = 0 AND trim(a.value) != ''"
HELD = f"c.employee_id = ? AND c.first_completed_at IS NOT NULL AND {IS_TALK_SQL}"
TALK_ANSWERS_SQL = (
    "SELECT a.card_id, a.question, a.value, c.id AS conversation_id, c.deck_title,"
    " c.deck_slug, c.deck_version, c.deck_hash, c.first_completed_at"
    " FROM answer a JOIN conversation c ON c.id = a.conversation_id"
    f" WHERE {HELD} AND {ANSWERED}"
    " ORDER BY c.first_completed_at, c.id, a.position"
)
DROPPED_AT_SQL = (
    "COALESCE((SELECT MAX(e.at) FROM action_event AS e WHERE e.action_id = a.id"
    f" AND e.kind = 'status' AND e.to_status = '{ActionStatus.GESCHRAPT.value}'), a.updated_at)"
)
ACTIONS_SQL = (
    f"SELECT a.*, {CLOSED_AT_SQL} AS closed_at, {DROPPED_AT_SQL} AS dropped_at"
    " FROM action a WHERE a.employee_id = ? ORDER BY a.created_at, a.id"
)
GOALS_SQL = (
    "SELECT g.* FROM goal g JOIN growth_cycle y ON y.id = g.cycle_id"
    " WHERE y.employee_id = ? ORDER BY g.due_date, g.created_at"
)
TALKS_SQL = (
    "SELECT c.id, c.deck_title, c.first_completed_at FROM conversation c"
    f" WHERE {HELD} ORDER BY c.first_completed_at, c.id"
)
PREPARATION_SQL = (
    "SELECT c.* FROM conversation c WHERE c.employee_id = ? AND c.deck_kind = ?"
    " AND EXISTS (SELECT 1 FROM answer a WHERE a.conversation_id = c.id AND"
    f" {ANSWERED}) ORDER BY COALESCE(c.first_completed_at, c.started_at) DESC, c.id DESC"
    " LIMIT 1"
)
PREPARED_ANSWERS_SQL = (
    f"SELECT a.card_id, a.question, a.value FROM answer a WHERE a.conversation_id = ?"
    f" AND {ANSWERED} ORDER BY a.position"
)


class FeedforwardReader(Repository):
    def __init__(self, db: sqlite_utils.Database, clock: Clock, trends: Trends) -> None:
        super().__init__(db, clock)
        self.trends = trends

    def feedforward_inputs(
        self, employee_id: str, library: DeckLibrary | None = None
    ) -> FeedforwardInputs:
        """Everything the person's prep sheet is built from (NotFoundError: no such person).
        ``library`` supplies a deck for conversations without a snapshot."""
        employee = Employees(self.db, self.clock).get(employee_id)
        return FeedforwardInputs(
            employee=employee,
            talents=tuple(self.talents(employee_id, library)),
            actions=tuple(self.actions(employee_id)),
            series=tuple(self.trends.series(employee_id, library)),
            goals=tuple(rows.goal(row) for row in self.rows(GOALS_SQL, [employee_id])),
            preparation=self.coach_preparation(employee_id, library),
            talks=tuple(self.talks(employee_id)),
        )

    def talents(self, employee_id: str, library: DeckLibrary | None) -> list[TalentAnswer]:
        """The answers to cards of the theme talenten in talks, oldest talk first."""
        found: list[TalentAnswer] = []
        decks: dict[tuple[str | None, str, int], Deck | None] = {}
        for row in self.rows(TALK_ANSWERS_SQL, [employee_id]):
            key = (row["deck_hash"], row["deck_slug"], row["deck_version"])
            if key not in decks:
                decks[key] = self.trends.held_with(*key, library)
            if _theme(decks[key], row["card_id"]) != TALENT_THEME:
                continue
            found.append(
                TalentAnswer(
                    conversation_id=row["conversation_id"],
                    held_on=rows.to_stamp(row["first_completed_at"]).date(),
                    deck_title=row["deck_title"],
                    card_id=row["card_id"],
                    question=row["question"],
                    value=row["value"],
                )
            )
        return found

    def actions(self, employee_id: str) -> list[ActionRecord]:
        """Every action agreed with the person, with the days it was last done and dropped."""
        found = []
        for row in self.rows(ACTIONS_SQL, [employee_id]):
            action = rows.action(row)
            closed = rows.to_stamp(row["closed_at"]).date()
            dropped = rows.to_stamp(row["dropped_at"]).date()
            found.append(
                ActionRecord(
                    action,
                    closed if action.status is ActionStatus.KLAAR else None,
                    dropped if action.status is ActionStatus.GESCHRAPT else None,
                )
            )
        return found

    def talks(self, employee_id: str) -> list[HeldTalk]:
        """The talks held with the person, oldest first (the manager's own decks left out)."""
        return [
            HeldTalk(row["id"], rows.to_stamp(row["first_completed_at"]).date(), row["deck_title"])
            for row in self.rows(TALKS_SQL, [employee_id])
        ]

    def coach_preparation(
        self, employee_id: str, library: DeckLibrary | None = None
    ) -> CoachPreparation | None:
        """The coach's newest preparation for this person that holds an answer."""
        found = self.rows(PREPARATION_SQL, [employee_id, PREPARATION_KIND.value])
        if not found:
            return None
        talk = rows.conversation(found[0])
        answers = self.rows(PREPARED_ANSWERS_SQL, [talk.id])
        deck = self.trends.held_with(talk.deck_hash, talk.deck_slug, talk.deck_version, library)
        held = talk.first_completed_at or talk.started_at
        return CoachPreparation(
            conversation_id=talk.id,
            day=held.date(),
            deck_title=talk.deck_title,
            completed=talk.is_completed,
            answers=tuple(
                CoachAnswer(
                    row["card_id"],
                    row["question"],
                    row["value"],
                    scale_labels(deck, row["card_id"]) or (),
                )
                for row in answers
            ),
        )


def _theme(deck: Deck | None, card_id: str) -> str | None:
    if deck is None:
        return None
    try:
        return deck.card(card_id).theme
    except KeyError:  # a card the deck no longer has
        return None
