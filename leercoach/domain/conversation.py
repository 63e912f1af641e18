"""One talk between a manager and an employee, and the answers given in it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class ConversationStatus(StrEnum):
    DRAFT = "draft"
    COMPLETED = "completed"


@dataclass(frozen=True)
class Conversation:
    id: str
    employee_id: str
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

    @property
    def is_completed(self) -> bool:
        return self.status is ConversationStatus.COMPLETED


@dataclass(frozen=True)
class Answer:
    """An answer keeps the question as it was asked, so editing a deck never rewrites history."""

    conversation_id: str
    card_id: str
    position: int
    question: str
    value: str
    updated_at: datetime
