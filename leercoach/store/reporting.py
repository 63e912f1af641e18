"""Reads for reports: everything about a period for many employees in a few queries."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TypeVar

import sqlite_utils

from leercoach.decks import DeckLibrary
from leercoach.domain import (
    Action,
    Answer,
    Conversation,
    Deck,
    Employee,
    Goal,
    GrowthCycle,
    PhaseChange,
)
from leercoach.domain.growth import (
    CycleOverview,
    Period,
    belongs_to_cycle,
    build_overview,
    pick_cycle,
)
from leercoach.domain.talking_point import TalkingPoint
from leercoach.store import rows
from leercoach.store.base import Clock, Repository
from leercoach.store.deck_snapshots import DeckSnapshots
from leercoach.store.errors import NotFoundError
from leercoach.store.settings import SettingsRepository
from leercoach.store.talk_plans import IS_TALK_SQL
from leercoach.store.talking_points import point as talking_point

# The action query binds about three values per employee: stay below 999, the limit of
# older SQLite builds.
CHUNK = 200
_T = TypeVar("_T")


@dataclass(frozen=True)
class CycleRecord:
    """One employee's period as stored: the input of ``leercoach.domain.growth.build_overview``.

    ``private_note`` of every conversation is empty unless the read asked for private notes.
    """

    employee: Employee
    period: Period
    cycle: GrowthCycle | None
    goals: tuple[Goal, ...]
    conversations: tuple[Conversation, ...]
    answers: Mapping[str, tuple[Answer, ...]]
    actions: tuple[Action, ...]
    decks: Mapping[str, Deck]
    """The deck each conversation was held with, by conversation id; one without is absent
    (``DeckSnapshots.deck_of``)."""
    phase_history: tuple[PhaseChange, ...] = ()
    """The person's growth phases, oldest first (``Employees.phase_history``)."""
    points: Mapping[str, tuple[TalkingPoint, ...]] = field(default_factory=dict)
    """The talking points discussed in each conversation, by conversation id."""

    def points_of(self, conversation_id: str) -> tuple[TalkingPoint, ...]:
        return self.points.get(conversation_id, ())

    def answers_to(self, conversation_id: str) -> tuple[Answer, ...]:
        return self.answers.get(conversation_id, ())

    def overview(self, today: date) -> CycleOverview:
        """The period as the growth-cycle view and the printed summary show it."""
        return build_overview(
            self.employee,
            self.period,
            self.cycle,
            self.goals,
            self.conversations,
            self.actions,
            self.decks,
            today,
        )


class Reporting(Repository):
    def __init__(
        self,
        db: sqlite_utils.Database,
        clock: Clock,
        decks: DeckSnapshots,
        settings: SettingsRepository,
    ) -> None:
        super().__init__(db, clock)
        self.decks = decks
        self.settings = settings

    def manager_name(self) -> str:
        return self.settings.read().manager_name

    def region(self) -> str:
        return self.settings.read().region

    def cycle_start_month(self) -> int:
        """The month a growth cycle starts (the setting); January by default."""
        return self.settings.read().cycle_start_month

    def period_for_year(self, year: int) -> Period:
        """The cycle named after ``year``, from the start month of that year up to a year later."""
        return Period.cycle_year(year, self.cycle_start_month())

    def employees(self, *, team: str | None = None) -> list[Employee]:
        """Current (not archived) employees, of one team or all, sorted by name."""
        found = self.rows(
            "SELECT * FROM employee WHERE archived = 0 AND (? IS NULL OR team = ?)"
            " ORDER BY sort_name, id",
            [team, team],
        )
        return [rows.employee(row) for row in found]

    def record(
        self,
        employee_id: str,
        period: Period,
        library: DeckLibrary,
        *,
        include_private_notes: bool = False,
    ) -> CycleRecord:
        found = self.records(
            [employee_id], period, library, include_private_notes=include_private_notes
        )
        if not found:
            raise NotFoundError("employee", employee_id)
        return found[0]

    def records(
        self,
        employee_ids: Sequence[str],
        period: Period,
        library: DeckLibrary,
        *,
        include_private_notes: bool = False,
    ) -> list[CycleRecord]:
        """One record per known employee, in the order asked; unknown ids are skipped.

        ``library`` is the decks loaded now, for conversations without a stored deck.
        """
        records: dict[str, CycleRecord] = {}
        for start in range(0, len(employee_ids), CHUNK):
            chunk = list(dict.fromkeys(employee_ids[start : start + CHUNK]))
            for record in self._chunk(chunk, period, include_private_notes, library):
                records[record.employee.id] = record
        return [records[i] for i in dict.fromkeys(employee_ids) if i in records]

    def _chunk(
        self, ids: list[str], period: Period, private: bool, library: DeckLibrary
    ) -> list[CycleRecord]:
        marks = ", ".join("?" for _ in ids)
        first, last = period.start.isoformat(), period.end.isoformat()
        # Timestamps are ISO text, so "before the next day" catches every time on the last day.
        after_last = (period.end + timedelta(days=1)).isoformat()
        people = self.rows(f"SELECT * FROM employee WHERE id IN ({marks})", ids)
        cycles = _grouped(
            self.rows(
                f"SELECT * FROM growth_cycle WHERE employee_id IN ({marks})"
                " AND period_start <= ? AND period_end >= ?",
                [*ids, last, first],
            ),
            rows.cycle,
        )
        chosen = {i: pick_cycle(cycles.get(i, []), period) for i in ids}
        cycle_ids = [c.id for c in chosen.values() if c is not None]
        cycle_marks = ", ".join("?" for _ in cycle_ids)
        goals: dict[str, list[Goal]] = {}
        for row in self.rows(
            f"SELECT * FROM goal WHERE cycle_id IN ({cycle_marks}) ORDER BY created_at, rowid",
            cycle_ids,
        ):
            goals.setdefault(row["cycle_id"], []).append(rows.goal(row))
        in_period = (
            f"SELECT id FROM conversation WHERE employee_id IN ({marks})"
            f" AND started_at >= ? AND started_at < ? AND {IS_TALK_SQL}"
        )
        talk_params = [*ids, first, after_last]
        talks = _grouped(
            self.rows(
                f"SELECT * FROM conversation WHERE id IN ({in_period}) ORDER BY started_at, rowid",
                talk_params,
            ),
            rows.conversation,
        )
        answers: dict[str, list[Answer]] = {}
        for row in self.rows(
            f"SELECT * FROM answer WHERE conversation_id IN ({in_period})"
            " ORDER BY conversation_id, position",
            talk_params,
        ):
            answers.setdefault(row["conversation_id"], []).append(rows.answer(row))
        # A superset; the domain rule (belongs_to_cycle) makes the final choice.
        candidates = _grouped(
            self.rows(
                f"SELECT * FROM action WHERE employee_id IN ({marks})"
                " AND ((created_at >= ? AND created_at < ?)"
                f" OR conversation_id IN ({in_period})"
                f" OR goal_id IN (SELECT id FROM goal WHERE cycle_id IN ({cycle_marks})))"
                " ORDER BY created_at, rowid",
                [*ids, first, after_last, *talk_params, *cycle_ids],
            ),
            rows.action,
        )
        points: dict[str, list[TalkingPoint]] = {}
        for row in self.rows(
            f"SELECT * FROM talking_point WHERE conversation_id IN ({in_period})"
            " AND status = 'besproken' ORDER BY added_at, rowid",
            talk_params,
        ):
            points.setdefault(row["conversation_id"], []).append(talking_point(row))
        phases: dict[str, list[PhaseChange]] = {}
        for row in self.rows(
            f"SELECT * FROM growth_phase_change WHERE employee_id IN ({marks})"
            " ORDER BY changed_on, rowid",
            ids,
        ):
            phases.setdefault(row["employee_id"], []).append(rows.phase_change(row))
        return [
            replace(
                self._assemble(
                    rows.employee(row),
                    period,
                    chosen.get(row["id"]),
                    goals,
                    talks.get(row["id"], []),
                    answers,
                    candidates.get(row["id"], []),
                    private,
                    library,
                ),
                phase_history=tuple(phases.get(row["id"], [])),
                points={
                    talk.id: tuple(points[talk.id])
                    for talk in talks.get(row["id"], [])
                    if talk.id in points
                },
            )
            for row in people
        ]

    def _assemble(
        self,
        person: Employee,
        period: Period,
        cycle: GrowthCycle | None,
        goals: Mapping[str, list[Goal]],
        talks: list[Conversation],
        answers: Mapping[str, list[Answer]],
        actions: list[Action],
        private: bool,
        library: DeckLibrary,
    ) -> CycleRecord:
        own_goals = tuple(goals.get(cycle.id, [])) if cycle else ()
        # Blanked here as well as in the report, so a private note cannot leak by accident.
        own_talks = tuple(t if private else replace(t, private_note="") for t in talks)
        goal_ids = {g.id for g in own_goals}
        talk_ids = {t.id for t in own_talks}
        return CycleRecord(
            employee=person,
            period=period,
            cycle=cycle,
            goals=own_goals,
            conversations=own_talks,
            answers={t: tuple(answers.get(t, ())) for t in talk_ids},
            actions=tuple(a for a in actions if belongs_to_cycle(a, period, goal_ids, talk_ids)),
            decks=self.decks.decks_of(own_talks, library),
        )


def _grouped(found: list[rows.Row], convert: Callable[[rows.Row], _T]) -> dict[str, list[_T]]:
    grouped: dict[str, list[_T]] = {}
    for row in found:
        grouped.setdefault(row["employee_id"], []).append(convert(row))
    return grouped
