"""Agreed actions: what, who, by when, and how we will know it worked (SMART)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class ActionOwner(StrEnum):
    MEDEWERKER = "medewerker"
    LEIDINGGEVENDE = "leidinggevende"
    SAMEN = "samen"


class ActionStatus(StrEnum):
    OPEN = "open"
    BEZIG = "bezig"
    KLAAR = "klaar"
    GESCHRAPT = "geschrapt"

    @property
    def is_closed(self) -> bool:
        return self in (ActionStatus.KLAAR, ActionStatus.GESCHRAPT)


OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.BEZIG)


class LearningForm(StrEnum):
    """Formal and informal ways of learning (002): most learning happens on the job."""

    OPLEIDING = "opleiding"
    ON_THE_JOB = "on-the-job"
    MEELOPEN = "meelopen"
    PEER_LEARNING = "peer-learning"
    COACHING = "coaching"
    ZELFSTUDIE = "zelfstudie"
    ANDERE = "andere"


@dataclass(frozen=True)
class Action:
    id: str
    employee_id: str
    conversation_id: str | None
    card_id: str | None
    goal_id: str | None
    what: str
    owner: ActionOwner
    due_date: date | None
    success_measure: str
    status: ActionStatus
    created_at: datetime
    updated_at: datetime
    learning_form: LearningForm | None = None

    def is_overdue(self, today: date) -> bool:
        return not self.status.is_closed and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class ActionEvent:
    """One step in an action's history: a status change or a note."""

    id: str
    action_id: str
    conversation_id: str | None
    at: datetime
    from_status: ActionStatus | None
    to_status: ActionStatus
    note: str
