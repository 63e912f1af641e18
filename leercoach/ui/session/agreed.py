"""``session.actions``: the agreed actions (afspraken), in a conversation or for a goal."""

from __future__ import annotations

from datetime import date

from leercoach.domain import (
    Action,
    ActionEvent,
    ActionOwner,
    ActionStatus,
    Conversation,
    LearningForm,
)
from leercoach.store import DeletedAction
from leercoach.ui.session.changes import Changes
from leercoach.ui.session.service import Service


class AgreedActions(Service):
    # reads ---------------------------------------------------------------
    def open_for(self, employee_id: str) -> list[Action]:
        """Open and in-progress actions, earliest due first."""
        return self.store.actions.open_for(employee_id)

    def for_conversation(self, conversation_id: str) -> list[Action]:
        return self.store.actions.for_conversation(conversation_id)

    def under_review(self, conversation: Conversation) -> list[Action]:
        """The earlier actions a conversation looks back on (``Actions.under_review``)."""
        return self.store.actions.under_review(conversation)

    def history(self, action: Action) -> list[ActionEvent]:
        """Its agreement, status changes, notes, new due dates and owners, oldest first."""
        return self.store.actions.history(action.id)

    def agreement_editable(self, action: Action) -> bool:
        """Whether what was agreed may still be edited, and the action deleted."""
        return self.store.actions.agreement_editable(action)

    # writes --------------------------------------------------------------
    def add(
        self,
        employee_id: str,
        what: str,
        owner: ActionOwner,
        due_date: date | None,
        success_measure: str,
        *,
        conversation_id: str | None = None,
        card_id: str | None = None,
        goal_id: str | None = None,
        learning_form: LearningForm | None = None,
        owner_name: str = "",
    ) -> Action:
        action = self.store.actions.add(
            employee_id,
            what,
            owner,
            due_date,
            success_measure,
            conversation_id=conversation_id,
            card_id=card_id,
            goal_id=goal_id,
            learning_form=learning_form,
            owner_name=owner_name,
        )
        self._changed(action)
        return action

    def update(
        self,
        action: Action,
        what: str,
        owner: ActionOwner,
        due_date: date | None,
        measure: str,
        learning_form: LearningForm | None,
        owner_name: str = "",
    ) -> Action:
        """Every field as given: ``learning_form=None`` clears it (nothing is kept silently),
        so does an empty ``owner_name``."""
        updated = self.store.actions.update(
            action.id, what, owner, due_date, measure, learning_form, owner_name=owner_name
        )
        self._changed(updated)
        return updated

    def set_status(
        self, action: Action, status: ActionStatus, note: str, conversation_id: str | None
    ) -> Action:
        updated = self.store.actions.set_status(
            action.id, status, note, conversation_id=conversation_id
        )
        self._changed(updated)
        return updated

    def follow_up(
        self,
        action: Action,
        status: ActionStatus,
        owner: ActionOwner,
        due_date: date | None,
        note: str,
        conversation_id: str | None = None,
        *,
        owner_name: str = "",
    ) -> Action:
        """A new status, owner (role and name) or due date, or a note; each enters the
        history."""
        updated = self.store.actions.follow_up(
            action.id,
            status,
            owner,
            due_date,
            note,
            owner_name=owner_name,
            conversation_id=conversation_id,
        )
        self._changed(updated)
        return updated

    def delete(self, action: Action) -> DeletedAction:
        removed = self.store.actions.delete(action.id)
        self._changed(action)
        return removed

    def restore(self, removed: DeletedAction) -> Action:
        action = self.store.actions.restore(removed)
        self._changed(action)
        return action

    def _changed(self, action: Action) -> None:
        # A learning action belongs to a goal: the growth tab counts it too.
        cycles = action.goal_id is not None
        self.changed(Changes.of(action.employee_id, actions=True, cycles=cycles))
