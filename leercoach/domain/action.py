"""Agreed actions: what, who, by when, and how we will know it worked (SMART).

An action agreed in one talk is carried to the next ones until someone closes it: what
counts as open (``OPEN_STATUSES``), when an open action is overdue (``Action.is_overdue``)
and which earlier actions a conversation looks back on (``reviewed_in``) are decided here;
the store asks these rules, it does not restate them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from leercoach.domain.conversation import Conversation, RecordChange


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
    def is_open(self) -> bool:
        """Still to be done: carried over to the next talk until it is done or dropped."""
        return self in OPEN_STATUSES

    @property
    def is_closed(self) -> bool:
        return not self.is_open


# The one definition of an open action; the store's queries are built from it.
OPEN_STATUSES = frozenset({ActionStatus.OPEN, ActionStatus.BEZIG})


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
    owner_name: str = ""
    """A named person with the role, e.g. "Pieter, de buddy"; empty when only the role."""

    def is_overdue(self, today: date) -> bool:
        """Open and its date has passed: due yesterday is overdue today, due today is not."""
        return self.status.is_open and self.due_date is not None and self.due_date < today


def owner_text(owner: ActionOwner, name: str = "") -> str:
    """An owner as the history keeps it: the role, or "role: name" (``parse_owner``)."""
    return f"{ActionOwner(owner).value}: {name}" if name else ActionOwner(owner).value


def parse_owner(text: str) -> tuple[ActionOwner, str]:
    """The role and the name of an ``owner_text``; a role holds no colon."""
    role, _, name = text.partition(": ")
    return ActionOwner(role), name


class ActionEventKind(StrEnum):
    """What one step in an action's history records."""

    AGREED = "agreed"
    STATUS = "status"
    NOTE = "note"
    """A note, also a correction of what was agreed: the agreement itself stays."""
    DUE_DATE = "due date"
    OWNER = "owner"


@dataclass(frozen=True)
class ActionEvent:
    """One step in an action's history: the agreement, a status change, a note, or a new
    due date or owner (``from_value`` and ``to_value``: ISO date or owner, None for none).
    A follow-up keeps the status it was made at in ``from_status`` and ``to_status``; an
    owner is kept as ``owner_text``."""

    id: str
    action_id: str
    conversation_id: str | None
    at: datetime
    from_status: ActionStatus | None
    to_status: ActionStatus
    note: str
    kind: ActionEventKind = ActionEventKind.STATUS
    from_value: str | None = None
    to_value: str | None = None

    @property
    def is_follow_up(self) -> bool:
        """A status change or a note on an existing action; the agreement itself is not one."""
        return self.from_status is not None


def followed_up_in(conversation_id: str, events: Iterable[ActionEvent]) -> bool:
    """Whether one of an action's events is a follow-up made in this conversation."""
    return any(e.is_follow_up and e.conversation_id == conversation_id for e in events)


@dataclass(frozen=True)
class Plan:
    """What a follow-up can change: the status, who (an ``owner_text``) and by when."""

    status: ActionStatus
    owner: str
    due_date: str | None  # ISO, as the history keeps it


def plan_before(action: Action, made_in_a_talk: Iterable[ActionEvent]) -> Plan:
    """The action as it was before the follow-ups of one talk (its ``made_in_a_talk``
    events, oldest first): what discarding that talk puts back. Each part returns to its
    value before the talk first changed it; a part the talk left alone stays as it is."""
    status, owner = action.status, owner_text(action.owner, action.owner_name)
    due = action.due_date.isoformat() if action.due_date else None
    seen: set[ActionEventKind] = set()
    for event in made_in_a_talk:
        if event.kind in seen:
            continue
        seen.add(event.kind)
        if event.kind is ActionEventKind.STATUS and event.from_status is not None:
            status = event.from_status
        elif event.kind is ActionEventKind.OWNER and event.from_value is not None:
            owner = event.from_value
        elif event.kind is ActionEventKind.DUE_DATE:
            due = event.from_value
    return Plan(status, owner, due)


def agreement_editable(
    action: Action, agreed_in: Conversation | None, events: Iterable[ActionEvent]
) -> bool:
    """Whether what was agreed (what, how we will know, the learning form) may still be
    edited, and the action deleted.

    What was agreed stays as agreed: an action agreed in a conversation belongs to its
    record once that is completed (``agreed_in``; a correction is a note in the history).
    One added outside a talk is free to edit until a talk has discussed it: one of its
    ``events`` is a follow-up made in a conversation. Its status, due date and owner may
    change at any time; each change enters its history.
    """
    if agreed_in is not None:
        return agreed_in.allows(RecordChange.AGREED_ACTION)
    return not any(e.is_follow_up and e.conversation_id is not None for e in events)


def reviewed_in(conversation: Conversation, action: Action, events: Iterable[ActionEvent]) -> bool:
    """Whether ``conversation`` looks back on ``action``: the carry-over of actions.

    A talk reviews its employee's earlier actions: while it is a draft, every one still
    open, however many talks ago it was agreed, and those it followed up (of the
    action's ``events``, one is a follow-up made in it), so an action marked done stays
    visible in the talk that closed it. Once completed, its review is part of its record:
    only what it followed up. Actions agreed in the conversation itself are its own, not
    reviewed. ``events`` may hold just the events made in this conversation.
    """
    if action.employee_id != conversation.employee_id or action.conversation_id == conversation.id:
        return False
    if action.status.is_open and not conversation.is_completed:
        return True
    return followed_up_in(conversation.id, events)
