"""Turning database rows into domain objects and back: dates as ISO text, flags as 0/1."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from datetime import date, datetime
from enum import Enum
from typing import Any, ParamSpec, TypeVar

from leercoach.domain import (
    Action,
    ActionEvent,
    ActionOwner,
    ActionStatus,
    Answer,
    Conversation,
    ConversationStatus,
    CyclePhase,
    Employee,
    Goal,
    GoalStatus,
    GrowthCycle,
    GrowthPhase,
    LearningForm,
    PhaseChange,
)
from leercoach.domain.action import ActionEventKind
from leercoach.domain.talks import Rhythm, TalkPlan

Row = dict[str, Any]
P = ParamSpec("P")
T = TypeVar("T")
E = TypeVar("E", bound=Enum)
# Every class restorer() serves; tests/test_rows.py checks each one.
RESTORED: list[Callable[..., Any]] = []


def restorer(cls: Callable[P, T]) -> Callable[P, T]:
    """A constructor for values read back from our own database, typed as ``cls``'s own.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``,
    which is half the cost of opening a person's timeline; rows we wrote ourselves need no
    checks, so their fields go straight into the instance's ``__dict__``. Keywords only,
    for classes without ``__post_init__`` or slots (tests/test_rows.py holds them to it).
    """
    new = object.__new__
    RESTORED.append(cls)

    def restore(*args: P.args, **fields: P.kwargs) -> T:
        if args:
            raise TypeError(f"{cls!r}: restore with keywords only")
        instance = new(cls)  # type: ignore[arg-type]
        instance.__dict__.update(fields)
        return instance

    return restore


def member(kind: type[E]) -> Callable[[str], E]:
    """``kind(value)`` without the Enum call machinery (a dict lookup; KeyError if unknown)."""
    return kind._value2member_map_.__getitem__  # type: ignore[return-value]


_restore_employee = restorer(Employee)
_restore_conversation = restorer(Conversation)
_restore_answer = restorer(Answer)
_restore_action = restorer(Action)
_restore_action_event = restorer(ActionEvent)
_restore_cycle = restorer(GrowthCycle)
_restore_goal = restorer(Goal)
_conversation_status = member(ConversationStatus)
_action_owner = member(ActionOwner)
_action_status = member(ActionStatus)


def marks(values: Collection[object]) -> str:
    """The placeholders of an ``IN (…)`` list: ``?, ?, ?`` for three values."""
    return ", ".join("?" for _ in values)


def new_id() -> str:
    return str(uuid.uuid4())


def day_text(value: date | None) -> str | None:
    return value.isoformat() if value else None


def stamp_text(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def to_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def to_stamp(value: str) -> datetime:
    return datetime.fromisoformat(value)


def to_optional_stamp(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def employee(row: Row) -> Employee:
    return _restore_employee(
        id=row["id"],
        name=row["name"],
        team=row["team"],
        role=row["role"],
        email=row["email"],
        start_date=to_day(row["start_date"]),
        end_date=to_day(row["end_date"]),
        growth_phase=GrowthPhase(row["growth_phase"]),
        archived=bool(row["archived"]),
        is_demo=bool(row["is_demo"]),
        created_at=to_stamp(row["created_at"]),
        updated_at=to_stamp(row["updated_at"]),
        employee_number=row["employee_number"],
        talk_plan=talk_plan_of(row),
    )


def phase_change(row: Row) -> PhaseChange:
    return PhaseChange(
        date.fromisoformat(row["changed_on"]), GrowthPhase(row["phase"]), row["note"]
    )


def conversation(row: Row) -> Conversation:
    return _restore_conversation(
        id=row["id"],
        employee_id=row["employee_id"],
        deck_slug=row["deck_slug"],
        deck_version=row["deck_version"],
        deck_title=row["deck_title"],
        started_at=to_stamp(row["started_at"]),
        ended_at=to_optional_stamp(row["ended_at"]),
        status=_conversation_status(row["status"]),
        shared_summary=row["shared_summary"],
        private_note=row["private_note"],
        current_card=row["current_card"],
        updated_at=to_stamp(row["updated_at"]),
        deck_hash=row["deck_hash"],
        first_completed_at=to_optional_stamp(row.get("first_completed_at")),
        deck_kind=row.get("deck_kind"),
        audience=row.get("audience") or "employee",
    )


def answer(row: Row) -> Answer:
    return _restore_answer(
        conversation_id=row["conversation_id"],
        card_id=row["card_id"],
        position=row["position"],
        question=row["question"],
        value=row["value"],
        updated_at=to_stamp(row["updated_at"]),
        skipped=bool(row["skipped"]),
        note=row["note"],
        option_id=row["option_id"],
    )


def action(row: Row) -> Action:
    return _restore_action(
        id=row["id"],
        employee_id=row["employee_id"],
        conversation_id=row["conversation_id"],
        card_id=row["card_id"],
        goal_id=row["goal_id"],
        what=row["what"],
        owner=_action_owner(row["owner"]),
        due_date=to_day(row["due_date"]),
        success_measure=row["success_measure"],
        status=_action_status(row["status"]),
        created_at=to_stamp(row["created_at"]),
        updated_at=to_stamp(row["updated_at"]),
        learning_form=LearningForm(row["learning_form"]) if row.get("learning_form") else None,
        owner_name=row["owner_name"],
    )


def action_record(action: Action) -> Row:
    """An action as its row, to write it back (undo of a deletion)."""
    return {
        "id": action.id,
        "employee_id": action.employee_id,
        "conversation_id": action.conversation_id,
        "card_id": action.card_id,
        "goal_id": action.goal_id,
        "what": action.what,
        "owner": action.owner.value,
        "owner_name": action.owner_name,
        "due_date": day_text(action.due_date),
        "success_measure": action.success_measure,
        "status": action.status.value,
        "created_at": stamp_text(action.created_at),
        "updated_at": stamp_text(action.updated_at),
        "learning_form": action.learning_form.value if action.learning_form else None,
    }


def action_event_record(event: ActionEvent) -> Row:
    return {
        "id": event.id,
        "action_id": event.action_id,
        "conversation_id": event.conversation_id,
        "at": stamp_text(event.at),
        "from_status": event.from_status.value if event.from_status else None,
        "to_status": event.to_status.value,
        "note": event.note,
        "kind": event.kind.value,
        "from_value": event.from_value,
        "to_value": event.to_value,
    }


def action_event(row: Row) -> ActionEvent:
    return _restore_action_event(
        id=row["id"],
        action_id=row["action_id"],
        conversation_id=row["conversation_id"],
        at=to_stamp(row["at"]),
        from_status=ActionStatus(row["from_status"]) if row["from_status"] else None,
        to_status=ActionStatus(row["to_status"]),
        note=row["note"],
        kind=ActionEventKind(row["kind"]),
        from_value=row["from_value"],
        to_value=row["to_value"],
    )


def cycle(row: Row) -> GrowthCycle:
    return _restore_cycle(
        id=row["id"],
        employee_id=row["employee_id"],
        period_start=date.fromisoformat(row["period_start"]),
        period_end=date.fromisoformat(row["period_end"]),
        phase=CyclePhase(row["phase"]),
        created_at=to_stamp(row["created_at"]),
        updated_at=to_stamp(row["updated_at"]),
    )


def goal(row: Row) -> Goal:
    return _restore_goal(
        id=row["id"],
        cycle_id=row["cycle_id"],
        title=row["title"],
        specific=row["specific"],
        measurable=row["measurable"],
        acceptable=row["acceptable"],
        realistic=row["realistic"],
        time_bound=row["time_bound"],
        due_date=to_day(row["due_date"]),
        status=GoalStatus(row["status"]),
        created_at=to_stamp(row["created_at"]),
        updated_at=to_stamp(row["updated_at"]),
    )


def talk_plan_of(row: Row) -> TalkPlan:
    """The plan kept in an employee row."""
    rhythm = row.get("talk_rhythm")
    return TalkPlan(
        rhythm=Rhythm(rhythm) if rhythm else None,
        planned=planned_value(row.get("talk_planned")),
        deck=row.get("talk_deck"),
    )


def planned_value(text: str | None) -> date | datetime | None:
    if not text:
        return None
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def planned_text(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    return value.isoformat()
