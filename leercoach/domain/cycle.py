"""The annual growth cycle (002 §7.2): plannen, leren, opvolgen, evalueren.

When a goal counts as settled (``GOAL_SETTLED``) and when it is overdue (``Goal.is_overdue``)
are decided here, beside the action's rules in ``action.py``.
"""

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

    @property
    def is_settled(self) -> bool:
        """Achieved or let go: nothing is expected of the goal any more."""
        return self in GOAL_SETTLED


GOAL_SETTLED = frozenset({GoalStatus.BEHAALD, GoalStatus.LOSGELATEN})


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

    def is_overdue(self, today: date) -> bool:
        """Not settled and its date has passed, as for an action (``Action.is_overdue``): due
        yesterday is overdue today, due today is not."""
        return not self.status.is_settled and self.due_date is not None and self.due_date < today
