"""Agreed actions and their history; open ones carry over until someone closes them.

The rules are the domain's (``leercoach.domain.action``: what is open, which earlier
actions a conversation reviews; ``leercoach.domain.conversation.RecordChange``: what a
completed conversation keeps). The actions agreed in a conversation belong to its record:
once it is completed they are not added to, edited or deleted (ReadOnlyError) until it is
reopened. One added outside a talk (from the person view) is free to edit until a talk
has discussed it (``domain.action.agreement_editable``). Its status, due date and owner
are another matter: each change is recorded in its history, in the draft conversation it
is made in, or outside any conversation (the person view); naming a completed
conversation is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from leercoach.domain import (
    Action,
    ActionEvent,
    ActionOwner,
    ActionStatus,
    LearningForm,
)
from leercoach.domain.action import (
    OPEN_STATUSES,
    ActionEventKind,
    agreement_editable,
    owner_text,
    parse_owner,
    reviewed_in,
)
from leercoach.domain.conversation import Conversation, RecordChange
from leercoach.domain.text import required_text_problem
from leercoach.language import _
from leercoach.store import rows
from leercoach.store.base import Repository
from leercoach.store.conversations import Conversations
from leercoach.store.errors import ReadOnlyError, ValidationError


@dataclass(frozen=True)
class DeletedAction:
    """Everything needed to undo a deletion: the action and its history."""

    action: Action
    events: tuple[ActionEvent, ...]


# "status IN (…)" for the open statuses, and its values.
_OPEN = sorted(status.value for status in OPEN_STATUSES)
_IS_OPEN = f"status IN ({rows.marks(_OPEN)})"
# Earliest due first, undated last.
_FOLLOW_UP_ORDER = " ORDER BY due_date IS NULL, due_date, created_at, rowid"


def _problems(what: str) -> list[str]:
    problem = required_text_problem("what", what, _("describe what will be done"))
    return [problem] if problem else []


class Actions(Repository):
    def _editable(self, conversation_id: str | None, change: RecordChange) -> None:
        """Refuse a change to the record of a completed conversation (ReadOnlyError)."""
        if conversation_id is not None:
            Conversations(self.db, self.clock).editable(conversation_id, change)

    def add(
        self,
        employee_id: str,
        what: str,
        owner: ActionOwner,
        due_date: date | None = None,
        success_measure: str = "",
        *,
        conversation_id: str | None = None,
        card_id: str | None = None,
        goal_id: str | None = None,
        learning_form: LearningForm | None = None,
        owner_name: str = "",
    ) -> Action:
        problems = _problems(what)
        if problems:
            raise ValidationError(problems)
        now = self.now_text()
        record = {
            "id": rows.new_id(),
            "employee_id": employee_id,
            "conversation_id": conversation_id,
            "card_id": card_id,
            "goal_id": goal_id,
            "what": what.strip(),
            "owner": ActionOwner(owner).value,
            "owner_name": owner_name.strip(),
            "due_date": rows.day_text(due_date),
            "success_measure": success_measure.strip(),
            "status": ActionStatus.OPEN.value,
            "created_at": now,
            "updated_at": now,
            "learning_form": LearningForm(learning_form).value if learning_form else None,
        }
        with self.transaction() as db:
            self._editable(conversation_id, RecordChange.AGREED_ACTION)
            db.table("action").insert(record)
            self._log(
                str(record["id"]), conversation_id, ActionEventKind.AGREED, now, ActionStatus.OPEN
            )
        return rows.action(record)

    def agreement_editable(self, action: Action) -> bool:
        """Whether what was agreed may still be edited and the action deleted."""
        agreed_in = None
        if action.conversation_id is not None:
            agreed_in = Conversations(self.db, self.clock).get(action.conversation_id)
        return agreement_editable(action, agreed_in, self.history(action.id))

    def _agreement_kept(self, action: Action) -> None:
        """Refuse to edit or delete what was agreed once it is kept (ReadOnlyError)."""
        if action.conversation_id is not None:
            self._editable(action.conversation_id, RecordChange.AGREED_ACTION)
        elif not agreement_editable(action, None, self.history(action.id)):
            raise ReadOnlyError(
                _(
                    "this action has been discussed in a conversation: what was agreed "
                    "stays as agreed; add a note to correct it"
                )
            )

    def get(self, action_id: str) -> Action:
        row = self.one("SELECT * FROM action WHERE id = ?", [action_id], "action", action_id)
        return rows.action(row)

    def update(
        self,
        action_id: str,
        what: str,
        owner: ActionOwner,
        due_date: date | None,
        success_measure: str,
        learning_form: LearningForm | None = None,
        *,
        owner_name: str = "",
    ) -> Action:
        problems = _problems(what)
        if problems:
            raise ValidationError(problems)
        now = self.now_text()
        with self.transaction():
            current = self.get(action_id)
            self._agreement_kept(current)
            self.db.execute(
                "UPDATE action SET what = ?, success_measure = ?, learning_form = ?,"
                " updated_at = ? WHERE id = ?",
                [
                    what.strip(),
                    success_measure.strip(),
                    LearningForm(learning_form).value if learning_form else None,
                    now,
                    action_id,
                ],
            )
            who = owner_text(owner, owner_name.strip())
            if current.conversation_id is not None:
                # Still being agreed in its draft: the agreement itself, no history.
                self._set_plan(action_id, who, due_date, now)
            else:
                self._replan(current, who, due_date, "", None, now)
        return self.get(action_id)

    def follow_up(
        self,
        action_id: str,
        status: ActionStatus,
        owner: ActionOwner,
        due_date: date | None,
        note: str = "",
        *,
        owner_name: str = "",
        conversation_id: str | None = None,
    ) -> Action:
        """Change the status, owner (a role, and a name if given) and due date at any time,
        each change an event in the history (the note goes with the first; alone, it is a
        note: a correction).

        ``conversation_id`` is the draft conversation the change is made in, if any.
        """
        now = self.now_text()
        with self.transaction():
            self._editable(conversation_id, RecordChange.FOLLOW_UP)
            current = self.get(action_id)
            note = note.strip()
            if status != current.status:
                self._change_status(current, status, note, conversation_id, now)
                note = ""
            current = self.get(action_id)
            who = owner_text(owner, owner_name.strip())
            if not self._replan(current, who, due_date, note, conversation_id, now) and note:
                self._log(
                    action_id,
                    conversation_id,
                    ActionEventKind.NOTE,
                    now,
                    current.status,
                    current.status,
                    note,
                )
        return self.get(action_id)

    def _set_plan(self, action_id: str, owner: str, due_date: date | None, now: str) -> None:
        """Who (an ``owner_text``) and by when."""
        role, name = parse_owner(owner)
        self.db.execute(
            "UPDATE action SET owner = ?, owner_name = ?, due_date = ?, updated_at = ?"
            " WHERE id = ?",
            [role.value, name, rows.day_text(due_date), now, action_id],
        )

    def _replan(
        self,
        current: Action,
        owner: str,
        due_date: date | None,
        note: str,
        conversation_id: str | None,
        now: str,
    ) -> bool:
        """A new owner or due date, each logged with its before and after; True if any."""
        changes: list[tuple[ActionEventKind, str | None, str | None]] = []
        owner_before = owner_text(current.owner, current.owner_name)
        if owner != owner_before:
            changes.append((ActionEventKind.OWNER, owner_before, owner))
        if due_date != current.due_date:
            changes.append(
                (ActionEventKind.DUE_DATE, rows.day_text(current.due_date), rows.day_text(due_date))
            )
        if not changes:
            return False
        self._set_plan(current.id, owner, due_date, now)
        for kind, before, after in changes:
            self._log(
                current.id,
                conversation_id,
                kind,
                now,
                current.status,
                current.status,
                note,
                before,
                after,
            )
            note = ""
        return True

    def set_status(
        self,
        action_id: str,
        status: ActionStatus,
        note: str = "",
        *,
        conversation_id: str | None = None,
    ) -> Action:
        """Change the status (or, with the same status, add a note); both enter the history.

        ``conversation_id`` is the draft conversation the change is made in, if any.
        """
        now = self.now_text()
        with self.transaction():
            self._editable(conversation_id, RecordChange.FOLLOW_UP)
            self._change_status(self.get(action_id), status, note.strip(), conversation_id, now)
        return self.get(action_id)

    def _change_status(
        self,
        current: Action,
        status: ActionStatus,
        note: str,
        conversation_id: str | None,
        now: str,
    ) -> None:
        self.db.execute(
            "UPDATE action SET status = ?, updated_at = ? WHERE id = ?",
            [ActionStatus(status).value, now, current.id],
        )
        kind = ActionEventKind.NOTE if status == current.status else ActionEventKind.STATUS
        self._log(current.id, conversation_id, kind, now, status, current.status, note)

    def _log(
        self,
        action_id: str,
        conversation_id: str | None,
        kind: ActionEventKind,
        at: str,
        to_status: ActionStatus,
        from_status: ActionStatus | None = None,
        note: str = "",
        from_value: str | None = None,
        to_value: str | None = None,
    ) -> None:
        self.db.table("action_event").insert(
            {
                "id": rows.new_id(),
                "action_id": action_id,
                "conversation_id": conversation_id,
                "at": at,
                "from_status": from_status.value if from_status else None,
                "to_status": ActionStatus(to_status).value,
                "note": note,
                "kind": kind.value,
                "from_value": from_value,
                "to_value": to_value,
            }
        )

    def open_for(self, employee_id: str) -> list[Action]:
        """Open and in-progress actions (``OPEN_STATUSES``), earliest due first, undated last."""
        found = self.rows(
            f"SELECT * FROM action WHERE employee_id = ? AND {_IS_OPEN}{_FOLLOW_UP_ORDER}",
            [employee_id, *_OPEN],
        )
        return [rows.action(row) for row in found]

    def under_review(self, conversation: Conversation) -> list[Action]:
        """The earlier actions ``conversation`` looks back on (``domain.action.reviewed_in``),
        earliest due first, undated last."""
        events: dict[str, list[ActionEvent]] = {}
        for row in self.rows(
            "SELECT * FROM action_event WHERE conversation_id = ?", [conversation.id]
        ):
            events.setdefault(row["action_id"], []).append(rows.action_event(row))
        # The open ones and those with an event here: a superset the domain rule decides on.
        found = self.rows(
            f"SELECT * FROM action WHERE employee_id = ? AND ({_IS_OPEN} OR id IN ("
            f"SELECT action_id FROM action_event WHERE conversation_id = ?)){_FOLLOW_UP_ORDER}",
            [conversation.employee_id, *_OPEN, conversation.id],
        )
        candidates = (rows.action(row) for row in found)
        return [a for a in candidates if reviewed_in(conversation, a, events.get(a.id, ()))]

    def for_employee(self, employee_id: str) -> list[Action]:
        found = self.rows(
            "SELECT * FROM action WHERE employee_id = ? ORDER BY created_at, rowid", [employee_id]
        )
        return [rows.action(row) for row in found]

    def for_conversation(self, conversation_id: str) -> list[Action]:
        found = self.rows(
            "SELECT * FROM action WHERE conversation_id = ? ORDER BY created_at, rowid",
            [conversation_id],
        )
        return [rows.action(row) for row in found]

    def for_goal(self, goal_id: str) -> list[Action]:
        found = self.rows(
            "SELECT * FROM action WHERE goal_id = ? ORDER BY created_at, rowid", [goal_id]
        )
        return [rows.action(row) for row in found]

    def history(self, action_id: str) -> list[ActionEvent]:
        found = self.rows(
            "SELECT * FROM action_event WHERE action_id = ? ORDER BY at, rowid", [action_id]
        )
        return [rows.action_event(row) for row in found]

    def delete(self, action_id: str) -> DeletedAction:
        with self.transaction():
            action = self.get(action_id)
            self._agreement_kept(action)
            removed = DeletedAction(action, tuple(self.history(action_id)))
            self.db.execute("DELETE FROM action WHERE id = ?", [action_id])
        return removed

    def restore(self, deleted: DeletedAction) -> Action:
        """Undo a deletion, history included."""
        action = deleted.action
        with self.transaction() as db:
            self._editable(action.conversation_id, RecordChange.AGREED_ACTION)
            db.table("action").insert(rows.action_record(action))
            for event in deleted.events:
                db.table("action_event").insert(rows.action_event_record(event))
        return self.get(action.id)
