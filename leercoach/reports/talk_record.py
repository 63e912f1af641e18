"""The record of one talk for the employee: which conversations may be one, and its read.

No reportlab here (``conversation_report`` draws it): the app asks ``refusal`` to offer
or grey out "Verslag voor medewerker…" without loading the PDF library.

A record is a completed talk held with the employee. A draft is refused (finish it
first), and so is a conversation of the manager's own decks (``domain.talks.is_talk``):
preparing a feedforward or reflecting on one's own coaching is not the employee's to sign.
The private note is never read into it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from leercoach.domain import Action, ActionOwner, Answer, Conversation, Deck, Employee
from leercoach.language import N_, _
from leercoach.reports.filenames import safe_filename
from leercoach.reports.words import Words
from leercoach.store.errors import ValidationError

if TYPE_CHECKING:
    from leercoach.decks import DeckLibrary
    from leercoach.store import Store


class Refusal(StrEnum):
    DRAFT = "draft"
    MANAGERS_OWN = "managers-own"


REFUSALS = {
    Refusal.DRAFT: N_(
        "conversation {id} ({title}) is not completed yet: finish the conversation first"
    ),
    Refusal.MANAGERS_OWN: N_(
        "conversation {id} ({title}) is the manager's own record, not a talk with the "
        "employee: it has no record for the employee"
    ),
}


def refusal(conversation: Conversation) -> Refusal | None:
    """Why this conversation has no record for the employee; None when it has one."""
    if not conversation.is_talk:
        return Refusal.MANAGERS_OWN
    if not conversation.is_completed:
        return Refusal.DRAFT
    return None


class NotARecordError(ValidationError):
    """The conversation asked for has no record for the employee (bad input: exit 2)."""

    def __init__(self, conversation: Conversation, why: Refusal) -> None:
        super().__init__([_(REFUSALS[why], id=conversation.id, title=conversation.deck_title)])
        self.refusal = why


@dataclass(frozen=True)
class TalkRecord:
    """One completed talk as the employee receives it; ``conversation.private_note`` is
    always empty."""

    conversation: Conversation
    employee: Employee
    answers: tuple[Answer, ...]
    actions: tuple[Action, ...]
    """The actions agreed in this talk, each with the name of who does it."""
    deck: Deck | None
    manager_name: str

    @property
    def held_on(self) -> date:
        return held_on(self.conversation)


def held_on(talk: Conversation) -> date:
    """The talk's date: its first completion, which reopening does not move."""
    return (talk.first_completed_at or talk.ended_at or talk.started_at).date()


def read_talk_record(store: Store, conversation_id: str, library: DeckLibrary) -> TalkRecord:
    """NotFoundError for an unknown id; NotARecordError for a draft or a manager's own."""
    talk = store.conversations.get(conversation_id)
    why = refusal(talk)
    if why is not None:
        raise NotARecordError(talk, why)
    assert talk.employee_id is not None  # a talk is held with someone
    employee = store.employees.get(talk.employee_id)
    manager = store.reporting.manager_name()
    actions = tuple(
        named(action, employee.name, manager) for action in store.actions.for_conversation(talk.id)
    )
    return TalkRecord(
        conversation=replace(talk, private_note=""),
        employee=employee,
        answers=tuple(store.conversations.answers(talk.id)),
        actions=actions,
        deck=store.decks.deck_of(talk, library),
        manager_name=manager,
    )


def named(action: Action, employee: str, manager: str) -> Action:
    """The action with who does it by name: the employee's or the manager's own, both for
    "samen"; a name given with the action stays."""
    if action.owner_name:
        return action
    names = {
        ActionOwner.MEDEWERKER: employee,
        ActionOwner.LEIDINGGEVENDE: manager,
        ActionOwner.SAMEN: ", ".join(n for n in (employee, manager) if n),
    }
    return replace(action, owner_name=names.get(action.owner, ""))


def record_file_name(name: str, held_on: date, language: str = "nl") -> str:
    """'Zoë Peeters - verslag 2026-03-05.pdf'."""
    word = Words(language).text("record_file")
    return safe_filename(f"{name} - {word} {held_on.isoformat()}")
