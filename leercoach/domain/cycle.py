"""The annual growth cycle (002 §7.2): plannen, leren, opvolgen, evalueren."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class CyclePhase(StrEnum):
    PLANNEN = "plannen"
    LEREN = "leren"
    OPVOLGEN = "opvolgen"
    EVALUEREN = "evalueren"


class GoalStatus(StrEnum):
    OPEN = "open"
    BEZIG = "bezig"
    BEHAALD = "behaald"
    LOSGELATEN = "losgelaten"


@dataclass(frozen=True)
class GrowthCycle:
    id: str
    employee_id: str
    period_start: date
    period_end: date
    phase: CyclePhase
    created_at: datetime
    updated_at: datetime

    def contains(self, day: date) -> bool:
        return self.period_start <= day <= self.period_end


@dataclass(frozen=True)
class Goal:
    """A SMART goal: each letter is its own field so none is forgotten."""

    id: str
    cycle_id: str
    title: str
    specific: str
    measurable: str
    acceptable: str
    realistic: str
    time_bound: str
    due_date: date | None
    status: GoalStatus
    created_at: datetime
    updated_at: datetime
