"""Conversations and their answers: drafts saved as they are typed, completed ones read-only.

What a completed conversation keeps is the domain's rule (``Conversation.allows`` and
``RecordChange``); every change here names what it changes and asks it first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from leercoach.domain import Answer, Conversation, ConversationStatus, Deck
from leercoach.domain.conversation import RecordChange
from leercoach.domain.deck import Audience, Card
from leercoach.domain.talks import is_talk
from leercoach.language import _
from leercoach.store import rows
from leercoach.store.base import Repository
from leercoach.store.deck_snapshots import remember_deck
from leercoach.store.errors import ReadOnlyError
from leercoach.store.preparations import Preparations
from leercoach.store.talk_plans import IS_TALK_SQL


@dataclass(frozen=True)
class EarlierAnswer:
    """What this person answered to the same card last time, for comparison."""

    answer: Answer
    conversation: Conversation


@dataclass(frozen=True)
class Reflection:
    """One of the manager's own records, with the name of the person it is about; None
    for a record about no one (a self-check)."""

    conversation: Conversation
    employee_name: str | None


DRAFT = ConversationStatus.DRAFT.value
COMPLETED = ConversationStatus.COMPLETED.value
# The column each text of a conversation is kept in.
_TEXT_COLUMNS = {
    RecordChange.SHARED_SUMMARY: "shared_summary",
    RecordChange.PRIVATE_NOTE: "private_note",
}


class Conversations(Repository):
    def start(self, employee_id: str | None, deck: Deck) -> Conversation:
        """A new draft, kept with the deck it is held with (its snapshot, stored if new).

        ``employee_id`` is None for a deck about no one (``Deck.about_no_one``: the
        manager's self-check), and must be None for it; every other deck is held with
        or about one person.
        """
        if (employee_id is None) != deck.about_no_one:
            raise ValueError(f"deck {deck.slug!r} about no one: {deck.about_no_one}")
        now = self.now_text()
        record = {
            "id": rows.new_id(),
            "employee_id": employee_id,
            "deck_slug": deck.slug,
            "deck_version": deck.version,
            "deck_title": deck.title,
            "started_at": now,
            "ended_at": None,
            "status": DRAFT,
            "shared_summary": "",
            "private_note": "",
            "current_card": None,
            "updated_at": now,
            "deck_hash": None,
            "first_completed_at": None,
            "deck_kind": deck.kind.value,
            "audience": deck.audience.value,
        }
        with self.transaction() as db:
            record["deck_hash"] = remember_deck(db, deck, now)
            db.table("conversation").insert(record)
            if employee_id is not None and is_talk(deck.audience):
                Preparations.link_pending(db, employee_id, deck.slug, str(record["id"]), now)
        return rows.conversation(record)

    def get(self, conversation_id: str) -> Conversation:
        row = self.one(
            "SELECT * FROM conversation WHERE id = ?",
            [conversation_id],
            "conversation",
            conversation_id,
        )
        return rows.conversation(row)

    def resolve(self, id_or_prefix: str) -> Conversation:
        """A conversation by full id or by a unique start of it, as copied from a list."""
        return rows.conversation(self.by_id_or_prefix("conversation", id_or_prefix))

    def for_employee(self, employee_id: str) -> list[Conversation]:
        """Newest first: the timeline of one person."""
        found = self.rows(
            "SELECT * FROM conversation WHERE employee_id = ? ORDER BY started_at DESC, rowid DESC",
            [employee_id],
        )
        return [rows.conversation(row) for row in found]

    def managers_own(self) -> list[Reflection]:
        """The manager's own records (audience 'manager'), newest first."""
        found = self.rows(
            "SELECT c.*, e.name AS employee_name FROM conversation c"
            " LEFT JOIN employee e ON e.id = c.employee_id"
            f" WHERE c.audience = '{Audience.MANAGER.value}'"
            " ORDER BY c.started_at DESC, c.rowid DESC"
        )
        return [Reflection(rows.conversation(row), row["employee_name"]) for row in found]

    def drafts(self) -> list[Conversation]:
        """Unfinished conversations, most recently touched first: what to offer to resume."""
        found = self.rows(
            "SELECT * FROM conversation WHERE status = ? ORDER BY updated_at DESC, rowid DESC",
            [DRAFT],
        )
        return [rows.conversation(row) for row in found]

    def latest_draft(self) -> Conversation | None:
        """The unfinished conversation touched last, if any (``drafts()[0]``, one row read)."""
        found = self.rows(
            "SELECT * FROM conversation WHERE status = ? ORDER BY updated_at DESC, rowid DESC"
            " LIMIT 1",
            [DRAFT],
        )
        return next((rows.conversation(row) for row in found), None)

    def editable(self, conversation_id: str, change: RecordChange) -> Conversation:
        """The conversation, when it allows ``change``; else ReadOnlyError (it is a record)."""
        conversation = self.get(conversation_id)
        if not conversation.allows(change):
            raise ReadOnlyError(
                _(
                    "the conversation of {date} is completed; reopen it to change it",
                    date=conversation.started_at.date().isoformat(),
                )
            )
        return conversation

    def _touch(self, conversation_id: str, now: str) -> None:
        self.db.execute(
            "UPDATE conversation SET updated_at = ? WHERE id = ?", [now, conversation_id]
        )

    def save_answer(self, conversation_id: str, card: Card, position: int, value: str) -> Answer:
        """Insert or replace the answer to one card; the question text is kept as asked.

        Answering a skipped card undoes its skip.
        """
        return self._save_typed(conversation_id, card, position, "value", value)

    def save_note(self, conversation_id: str, card: Card, position: int, note: str) -> Answer:
        """The note beside a card's value; like an answer, it undoes a skip."""
        return self._save_typed(conversation_id, card, position, "note", note)

    def _save_typed(
        self,
        conversation_id: str,
        card: Card,
        position: int,
        column: Literal["value", "note"],
        text: str,
    ) -> Answer:
        now = self.now_text()
        # A choice keeps its option's id beside the text shown (migration 0014).
        option_id = card.answer.option_id(text) if column == "value" else None
        also = ", option_id = excluded.option_id" if column == "value" else ""
        with self.transaction():
            self.editable(conversation_id, RecordChange.ANSWER)
            self.db.execute(
                f"INSERT INTO answer (conversation_id, card_id, position, question, {column},"
                " updated_at, option_id) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (conversation_id, card_id) DO UPDATE SET"
                f" {column} = excluded.{column}, updated_at = excluded.updated_at, skipped = 0"
                + also,
                [conversation_id, card.id, position, card.question, text, now, option_id],
            )
            self._touch(conversation_id, now)
        return self.answer(conversation_id, card.id)  # type: ignore[return-value]

    def skip_card(self, conversation_id: str, card: Card, position: int) -> Answer:
        """Keep that the card was passed over; a card with an answer or a note keeps it."""
        now = self.now_text()
        with self.transaction():
            self.editable(conversation_id, RecordChange.ANSWER)
            self.db.execute(
                "INSERT INTO answer (conversation_id, card_id, position, question, value,"
                " updated_at, skipped) VALUES (?, ?, ?, ?, '', ?, 1)"
                " ON CONFLICT (conversation_id, card_id) DO UPDATE SET"
                " skipped = 1, updated_at = excluded.updated_at"
                " WHERE trim(value) = '' AND trim(note) = ''",
                [conversation_id, card.id, position, card.question, now],
            )
            self._touch(conversation_id, now)
        return self.answer(conversation_id, card.id)  # type: ignore[return-value]

    def unskip_card(self, conversation_id: str, card_id: str) -> None:
        """The card is open again, as if nobody got to it yet; an answer is left alone."""
        with self.transaction():
            self.editable(conversation_id, RecordChange.ANSWER)
            self.db.execute(
                "DELETE FROM answer WHERE conversation_id = ? AND card_id = ? AND skipped = 1",
                [conversation_id, card_id],
            )
            self._touch(conversation_id, self.now_text())

    def answer(self, conversation_id: str, card_id: str) -> Answer | None:
        found = self.rows(
            "SELECT * FROM answer WHERE conversation_id = ? AND card_id = ?",
            [conversation_id, card_id],
        )
        return rows.answer(found[0]) if found else None

    def answers(self, conversation_id: str) -> list[Answer]:
        found = self.rows(
            "SELECT * FROM answer WHERE conversation_id = ? ORDER BY position", [conversation_id]
        )
        return [rows.answer(row) for row in found]

    def delete_answer(self, conversation_id: str, card_id: str) -> Answer | None:
        """Remove one answer and return it, so the caller can offer undo."""
        with self.transaction():
            self.editable(conversation_id, RecordChange.ANSWER)
            removed = self.answer(conversation_id, card_id)
            self.db.execute(
                "DELETE FROM answer WHERE conversation_id = ? AND card_id = ?",
                [conversation_id, card_id],
            )
            self._touch(conversation_id, self.now_text())
        return removed

    def restore_answer(self, answer: Answer) -> None:
        with self.transaction():
            self.editable(answer.conversation_id, RecordChange.ANSWER)
            self.db.table("answer").upsert(
                {
                    "conversation_id": answer.conversation_id,
                    "card_id": answer.card_id,
                    "position": answer.position,
                    "question": answer.question,
                    "value": answer.value,
                    "updated_at": rows.stamp_text(answer.updated_at),
                    "skipped": int(answer.skipped),
                    "note": answer.note,
                    "option_id": answer.option_id,
                },
                pk=("conversation_id", "card_id"),
            )

    def earlier_answers(self, conversation: Conversation) -> dict[str, EarlierAnswer]:
        """Per card, this person's most recent non-empty answer in an earlier talk, same deck."""
        found = self.rows(
            "SELECT a.*, c.id AS c_id FROM answer a JOIN conversation c ON c.id = a.conversation_id"
            " WHERE c.employee_id IS ? AND c.deck_slug = ? AND c.id != ?"
            " AND c.started_at <= ? AND a.value != ''"
            " ORDER BY c.started_at DESC, c.rowid DESC",
            [
                conversation.employee_id,
                conversation.deck_slug,
                conversation.id,
                rows.stamp_text(conversation.started_at),
            ],
        )
        earlier: dict[str, EarlierAnswer] = {}
        conversations: dict[str, Conversation] = {}
        for row in found:
            if row["card_id"] in earlier:
                continue
            source_id = row.pop("c_id")
            if source_id not in conversations:
                conversations[source_id] = self.get(source_id)
            earlier[row["card_id"]] = EarlierAnswer(rows.answer(row), conversations[source_id])
        return earlier

    def _set_text(self, conversation_id: str, change: RecordChange, value: str) -> None:
        column = _TEXT_COLUMNS[change]
        now = self.now_text()
        with self.transaction():
            self.editable(conversation_id, change)
            self.db.execute(
                f"UPDATE conversation SET {column} = ?, updated_at = ? WHERE id = ?",
                [value, now, conversation_id],
            )

    def set_shared_summary(self, conversation_id: str, text: str) -> None:
        self._set_text(conversation_id, RecordChange.SHARED_SUMMARY, text)

    def set_private_note(self, conversation_id: str, text: str) -> None:
        self._set_text(conversation_id, RecordChange.PRIVATE_NOTE, text)

    def set_current_card(self, conversation_id: str, card_id: str) -> None:
        """Where the talk is, so a resumed draft opens on the same card.

        Leafing through a completed conversation is reading it: its record keeps the card
        it ended on, without an error. A conversation that is gone is left alone too.
        """
        with self.transaction():
            found = self.rows("SELECT * FROM conversation WHERE id = ?", [conversation_id])
            if found and rows.conversation(found[0]).allows(RecordChange.CURRENT_CARD):
                self.db.execute(
                    "UPDATE conversation SET current_card = ? WHERE id = ?",
                    [card_id, conversation_id],
                )

    def complete(self, conversation_id: str, note: str = "") -> Conversation:
        now = self.now_text()
        with self.transaction():
            held = self.editable(conversation_id, RecordChange.COMPLETION)
            first = held.first_completed_at is None
            self.db.execute(
                "UPDATE conversation SET status = ?, ended_at = ?, updated_at = ?,"
                " first_completed_at = COALESCE(first_completed_at, ?) WHERE id = ?",
                [COMPLETED, now, now, now, conversation_id],
            )
            self._log(conversation_id, "completed", note, now)
            if first:
                self._use_up_planned_talk(conversation_id, now)
        return self.get(conversation_id)

    def _use_up_planned_talk(self, conversation_id: str, now: str) -> None:
        """A talk held settles the talk planned for the person (the rhythm and the deck
        stay); the manager's own preparation does not."""
        self.db.execute(
            "UPDATE planned_talk SET status = 'held', conversation_id = ?, updated_at = ?"
            " WHERE status = 'planned' AND employee_id ="
            f" (SELECT employee_id FROM conversation WHERE id = ? AND {IS_TALK_SQL})",
            [conversation_id, now, conversation_id],
        )

    def reopen(self, conversation_id: str, note: str = "") -> Conversation:
        """Make a completed conversation editable again; the reopening is logged."""
        now = self.now_text()
        with self.transaction():
            self.get(conversation_id)
            self.db.execute(
                "UPDATE conversation SET status = ?, updated_at = ? WHERE id = ?",
                [DRAFT, now, conversation_id],
            )
            self._log(conversation_id, "reopened", note, now)
        return self.get(conversation_id)

    def _log(self, conversation_id: str, kind: str, note: str, at: str) -> None:
        self.db.table("conversation_event").insert(
            {
                "id": rows.new_id(),
                "conversation_id": conversation_id,
                "at": at,
                "kind": kind,
                "note": note,
            }
        )

    def events(self, conversation_id: str) -> list[tuple[str, str, str]]:
        """(at, kind, note) of every completion and reopening, oldest first."""
        found = self.rows(
            "SELECT at, kind, note FROM conversation_event WHERE conversation_id = ?"
            " ORDER BY at, rowid",
            [conversation_id],
        )
        return [(r["at"], r["kind"], r["note"]) for r in found]

    def delete(self, conversation_id: str) -> None:
        with self.transaction():
            self.get(conversation_id)
            self.db.execute("DELETE FROM conversation WHERE id = ?", [conversation_id])
