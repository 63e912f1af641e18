"""One talk between a manager and an employee, and the answers given in it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from leercoach.domain.deck import Audience
from leercoach.domain.talks import is_talk


class ConversationStatus(StrEnum):
    DRAFT = "draft"
    COMPLETED = "completed"


class RecordChange(StrEnum):
    """A change to what a conversation records, named by the store for each change it makes."""

    ANSWER = "answer"
    """Saving, clearing or restoring the answer to one of its cards."""
    SHARED_SUMMARY = "shared summary"
    PRIVATE_NOTE = "private note"
    AGREED_ACTION = "agreed action"
    """Adding, editing, deleting or restoring an action agreed in this conversation."""
    FOLLOW_UP = "follow-up"
    """A status change or a note on an action, made in this conversation. One made outside
    any conversation (from the employee's overview) touches no record: following earlier
    actions up is what later talks are for, so the talk that agreed an action never
    stands in the way of closing it."""
    CURRENT_CARD = "current card"
    """Where the talk is, so that a resumed draft opens on the same card."""
    COMPLETION = "completion"


# What a completed conversation forbids: it is the record of a talk, and keeps all of these
# as they were until it is reopened. Reopening and deleting it are always possible.
KEPT_BY_A_RECORD = frozenset(
    {
        RecordChange.ANSWER,
        RecordChange.SHARED_SUMMARY,
        RecordChange.PRIVATE_NOTE,
        RecordChange.AGREED_ACTION,
        RecordChange.FOLLOW_UP,
        RecordChange.CURRENT_CARD,
        RecordChange.COMPLETION,
    }
)


@dataclass(frozen=True)
class Conversation:
    id: str
    employee_id: str | None
    """The employee it is held with or about; None for a manager's record about no one
    (a self-check, ``Deck.about_no_one``)."""
    deck_slug: str
    deck_version: int
    deck_title: str
    started_at: datetime
    ended_at: datetime | None
    status: ConversationStatus
    shared_summary: str
    private_note: str
    current_card: str | None
    updated_at: datetime
    deck_hash: str | None = None
    """The stored snapshot of the deck it was held with; None for a conversation from
    before snapshots whose deck was not loaded when the database was upgraded."""
    first_completed_at: datetime | None = None
    """When it was first completed: the talk's date, which reopening does not move."""
    deck_kind: str | None = None
    """Its deck's kind (``DeckKind``'s value), kept so SQL can tell a talk from the
    manager's own preparation; None for a deck found nowhere when the file was upgraded."""
    audience: str = "employee"
    """Its deck's audience (``Audience``'s value): a talk with the employee, the manager's
    own record or a team's (migration 0018)."""

    @property
    def is_talk(self) -> bool:
        """Held with the employee: ``talks.is_talk``'s rule."""
        return is_talk(self.audience)

    @property
    def is_managers_own(self) -> bool:
        """The manager's or coach's own record: never in what the employee or HR receives."""
        return self.audience == Audience.MANAGER

    @property
    def is_completed(self) -> bool:
        return self.status is ConversationStatus.COMPLETED

    @property
    def can_be_discarded(self) -> bool:
        """A draft, started by mistake, may be discarded: its answers and the actions
        agreed in it go, the follow-ups made in it are undone. A completed one is a
        record and stays."""
        return not self.is_completed

    def allows(self, change: RecordChange) -> bool:
        """Whether ``change`` may be made now: a draft allows every change, a completed
        conversation none that its record keeps (``KEPT_BY_A_RECORD``)."""
        return not (self.is_completed and change in KEPT_BY_A_RECORD)


@dataclass(frozen=True)
class Answer:
    """An answer keeps the question as it was asked, so editing a deck never rewrites history."""

    conversation_id: str
    card_id: str
    position: int
    question: str
    value: str
    updated_at: datetime
    skipped: bool = False
    """Passed over in the talk on purpose: no value, and told apart from a card nobody got
    to yet. Answering the card or un-skipping it undoes the skip."""
    note: str = ""
    """What was said beside the value of a scale or choice card ("Wat maakt dat je dit
    cijfer kiest?"); optional."""
    option_id: str | None = None
    """A choice card's chosen option by its stable id (``AnswerSpec.option_ids``); the
    value keeps the option's text as it was shown. A multi card's ids in option order,
    joined by ",", and ``other`` for a text of one's own ("anders, namelijk…"), as
    ``AnswerSpec.encode`` gives them. None for other cards (migration 0014)."""

    @property
    def is_answered(self) -> bool:
        """A value, or a note beside it: something was said to this card."""
        return bool(self.value.strip() or self.note.strip())
