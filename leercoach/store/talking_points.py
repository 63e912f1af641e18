"""Talking points: kept per employee, discussed in a conversation (migration 0016).

The rules are the domain's (``leercoach.domain.talking_point``): the text, what a
conversation shows, that only an open point may be removed. A completed conversation is
a record: what was discussed in it no longer changes (ReadOnlyError).
"""

from __future__ import annotations

from collections.abc import Sequence

from leercoach.domain.conversation import Conversation
from leercoach.domain.talking_point import (
    PointBy,
    PointSource,
    PointStatus,
    TalkingPoint,
    for_conversation,
    text_problems,
)
from leercoach.language import _
from leercoach.store.base import Repository
from leercoach.store.errors import ReadOnlyError, ValidationError
from leercoach.store.rows import Row, marks, new_id, restorer, stamp_text, to_stamp

_restore = restorer(TalkingPoint)
_ORDER = " ORDER BY added_at, rowid"


def point(row: Row) -> TalkingPoint:
    return _restore(
        id=row["id"],
        employee_id=row["employee_id"],
        text=row["text"],
        by=PointBy(row["by"]),
        added_at=to_stamp(row["added_at"]),
        status=PointStatus(row["status"]),
        conversation_id=row["conversation_id"],
        updated_at=to_stamp(row["updated_at"]),
        source=PointSource(row["source"]),
    )


def record(found: TalkingPoint) -> Row:
    return {
        "id": found.id,
        "employee_id": found.employee_id,
        "text": found.text,
        "by": found.by.value,
        "source": found.source.value,
        "added_at": stamp_text(found.added_at),
        "status": found.status.value,
        "conversation_id": found.conversation_id,
        "updated_at": stamp_text(found.updated_at),
    }


class TalkingPoints(Repository):
    def add(
        self,
        employee_id: str,
        text: str,
        by: PointBy = PointBy.LEIDINGGEVENDE,
        source: PointSource = PointSource.TYPED,
    ) -> TalkingPoint:
        problems = text_problems(text)
        if problems:
            raise ValidationError(problems)
        self.one("SELECT id FROM employee WHERE id = ?", [employee_id], "employee", employee_id)
        now = self.now_text()
        row = {
            "id": new_id(),
            "employee_id": employee_id,
            "text": text.strip(),
            "by": by.value,
            "source": source.value,
            "added_at": now,
            "status": PointStatus.OPEN.value,
            "conversation_id": None,
            "updated_at": now,
        }
        with self.transaction() as db:
            db.table("talking_point").insert(row)
        return point(row)

    def get(self, point_id: str) -> TalkingPoint:
        return point(
            self.one(
                "SELECT * FROM talking_point WHERE id = ?", [point_id], "talking point", point_id
            )
        )

    def for_employee(self, employee_id: str, *, open_only: bool = False) -> list[TalkingPoint]:
        """The person's points, oldest first; only the open ones when asked."""
        sql = "SELECT * FROM talking_point WHERE employee_id = ?"
        if open_only:
            sql += " AND status = 'open'"
        return [point(row) for row in self.rows(sql + _ORDER, [employee_id])]

    def for_conversation(self, conversation: Conversation) -> list[TalkingPoint]:
        """What the conversation's first step shows (``domain.talking_point``)."""
        found = self.rows(
            "SELECT * FROM talking_point WHERE employee_id = ?"
            " AND (status = 'open' OR conversation_id = ?)" + _ORDER,
            [conversation.employee_id, conversation.id],
        )
        return for_conversation(
            [point(row) for row in found], conversation.id, completed=conversation.is_completed
        )

    def discussed_in(self, conversation_ids: Sequence[str]) -> dict[str, list[TalkingPoint]]:
        """The points discussed in each of the conversations, by conversation id."""
        found: dict[str, list[TalkingPoint]] = {}
        if not conversation_ids:
            return found
        ids = list(conversation_ids)
        for row in self.rows(
            f"SELECT * FROM talking_point WHERE conversation_id IN ({marks(ids)})"
            " AND status = 'besproken'" + _ORDER,
            ids,
        ):
            found.setdefault(row["conversation_id"], []).append(point(row))
        return found

    def set_discussed(self, point_id: str, conversation_id: str, discussed: bool) -> TalkingPoint:
        """Tick a point as discussed in a conversation, or untick it (open again, carried
        on to the next talk). A completed conversation's points stay as they are."""
        with self.transaction():
            found = self.get(point_id)
            talk = self.one(
                "SELECT employee_id, status FROM conversation WHERE id = ?",
                [conversation_id],
                "conversation",
                conversation_id,
            )
            if talk["status"] == "completed":
                raise ReadOnlyError(
                    _("the conversation is completed: what was discussed in it is kept")
                )
            if talk["employee_id"] != found.employee_id:
                raise ValidationError([_("this talking point belongs to someone else")])
            if not found.is_open and found.conversation_id != conversation_id:
                raise ReadOnlyError(_("this talking point was discussed in another conversation"))
            status = PointStatus.BESPROKEN if discussed else PointStatus.OPEN
            self.db.execute(
                "UPDATE talking_point SET status = ?, conversation_id = ?, updated_at = ?"
                " WHERE id = ?",
                [status.value, conversation_id if discussed else None, self.now_text(), point_id],
            )
            return self.get(point_id)

    def remove(self, point_id: str) -> TalkingPoint:
        """Remove an open point (for undo, the point is returned whole); a discussed one is
        part of a talk's record: ReadOnlyError."""
        with self.transaction():
            found = self.get(point_id)
            if not found.removable:
                raise ReadOnlyError(
                    _("this talking point was discussed in a conversation: it is kept")
                )
            self.db.execute("DELETE FROM talking_point WHERE id = ?", [point_id])
        return found

    def restore(self, removed: TalkingPoint) -> TalkingPoint:
        """Undo a removal: the point as it was."""
        with self.transaction() as db:
            self.one(
                "SELECT id FROM employee WHERE id = ?",
                [removed.employee_id],
                "employee",
                removed.employee_id,
            )  # erased in the meantime: nothing to bring back
            db.table("talking_point").insert(record(removed))
        return self.get(removed.id)
