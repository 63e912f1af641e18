"""Discarding a draft conversation started by mistake, and bringing it back (undo).

A draft is discarded whole: its answers, notes and events, the actions agreed in it
(with their history), and the follow-ups made in it on earlier actions, whose status,
owner and due date go back to what they were before it (``domain.action.plan_before``).
A completed conversation is a record (``Conversation.can_be_discarded``): ReadOnlyError.
"""

from __future__ import annotations

from dataclasses import dataclass

from leercoach.domain import Conversation
from leercoach.domain.action import parse_owner, plan_before
from leercoach.language import _
from leercoach.store import rows
from leercoach.store.base import Repository
from leercoach.store.conversations import Conversations
from leercoach.store.errors import ReadOnlyError
from leercoach.store.rows import Row

# What a draft's rows are kept from, in the order they are written back.
_OWN_ROWS = {
    "conversation": "SELECT * FROM conversation WHERE id = ?",
    "answer": "SELECT * FROM answer WHERE conversation_id = ?",
    "conversation_event": "SELECT * FROM conversation_event WHERE conversation_id = ?",
    "action": "SELECT * FROM action WHERE conversation_id = ?",
    # Two indexed lookups (the events of its own actions, its follow-ups on earlier ones).
    "action_event": "SELECT e.* FROM action_event e JOIN action a ON a.id = e.action_id"
    " WHERE a.conversation_id = ?"
    " UNION SELECT * FROM action_event WHERE conversation_id = ?",
}


@dataclass(frozen=True)
class DiscardedDraft:
    """Everything to undo a discard: the rows as they were, and the earlier actions the
    draft followed up as they were before the discard put them back."""

    conversation: Conversation
    own: dict[str, list[Row]]
    followed_up: list[Row]


class Drafts(Repository):
    def discard(self, conversation_id: str) -> DiscardedDraft:
        with self.transaction():
            conversation = Conversations(self.db, self.clock).get(conversation_id)
            if not conversation.can_be_discarded:
                raise ReadOnlyError(
                    _(
                        "the conversation of {date} is completed: it is a record and "
                        "cannot be discarded",
                        date=conversation.started_at.date().isoformat(),
                    )
                )
            own = {
                table: self.rows(sql, [conversation_id] * sql.count("?"))
                for table, sql in _OWN_ROWS.items()
            }
            followed_up = self.rows(
                "SELECT * FROM action WHERE conversation_id IS NOT ? AND id IN ("
                "SELECT action_id FROM action_event WHERE conversation_id = ?)",
                [conversation_id, conversation_id],
            )
            for row in followed_up:
                self._put_back(row, conversation_id)
            self.db.execute("DELETE FROM action_event WHERE conversation_id = ?", [conversation_id])
            self.db.execute("DELETE FROM action WHERE conversation_id = ?", [conversation_id])
            self.db.execute("DELETE FROM conversation WHERE id = ?", [conversation_id])
        return DiscardedDraft(conversation, own, followed_up)

    def _put_back(self, row: Row, conversation_id: str) -> None:
        """An earlier action as it was before this draft followed it up."""
        action = rows.action(row)
        made_here = self.rows(
            "SELECT * FROM action_event WHERE action_id = ? AND conversation_id = ?"
            " ORDER BY at, rowid",
            [action.id, conversation_id],
        )
        before = plan_before(action, [rows.action_event(event) for event in made_here])
        role, name = parse_owner(before.owner)
        self.db.execute(
            "UPDATE action SET status = ?, owner = ?, owner_name = ?, due_date = ? WHERE id = ?",
            [before.status.value, role.value, name, before.due_date, action.id],
        )

    def restore(self, discarded: DiscardedDraft) -> Conversation:
        """Undo a discard: the draft, its answers and actions, and its follow-ups."""
        with self.transaction() as db:
            for table, found in discarded.own.items():
                if table == "action_event":
                    continue
                db.table(table).insert_all(found)
            for row in discarded.followed_up:
                db.table("action").update(row["id"], row)
            db.table("action_event").insert_all(discarded.own["action_event"])
        return Conversations(self.db, self.clock).get(discarded.conversation.id)
