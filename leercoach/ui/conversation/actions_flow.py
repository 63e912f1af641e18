"""The agreed actions of the open conversation: add, edit, delete with undo, review."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject

from leercoach.domain import Action, ActionStatus
from leercoach.ui.action_deletion import delete_with_undo
from leercoach.ui.conversation.action_dialog import ActionDialog

if TYPE_CHECKING:
    from leercoach.ui.conversation.page import ConversationPage


class ActionsFlow(QObject):
    """Works on the page's open conversation; nothing changes while it is read-only."""

    def __init__(self, page: ConversationPage) -> None:
        super().__init__(page)

    @property
    def page(self) -> ConversationPage:
        # The parent, not an attribute: the two holding each other would be a cycle,
        # which the collector frees in whatever order (see ui/collector.py).
        return cast("ConversationPage", self.parent())

    def refresh(self) -> None:
        conversation = self.page.conversation
        assert conversation is not None
        self.page.notes.actions_model.set_rows(
            self.page.session.actions.for_conversation(conversation.id)
        )

    def add(self, card_id: str | None) -> bool:
        """Ask for a new action (agreed at ``card_id``); True when one was added."""
        conversation = self.page.conversation
        if conversation is None or self.page.read_only or conversation.employee_id is None:
            return False
        dialog = ActionDialog(parent=self.page)
        if dialog.exec() != ActionDialog.DialogCode.Accepted:
            return False
        what, owner, due, measure = dialog.values()
        self.page.session.actions.add(
            conversation.employee_id,
            what,
            owner,
            due,
            measure,
            conversation_id=conversation.id,
            card_id=card_id,
            owner_name=dialog.named_owner(),
        )
        self.refresh()
        return True

    def edit(self, row: int) -> None:
        if self.page.read_only:
            return
        action = self.page.notes.actions_model.row(row)
        dialog = ActionDialog(action, parent=self.page)
        if dialog.exec() == ActionDialog.DialogCode.Accepted:
            self.page.session.actions.update(
                action, *dialog.values(), dialog.learning_form(), dialog.named_owner()
            )
            self.refresh()

    def delete(self, row: int) -> None:
        action = self.page.notes.actions_model.row(row)
        delete_with_undo(self.page, self.page.session, action, self.page.undo_bar, self.refresh)

    def set_status(self, action: Action, status: ActionStatus, note: str) -> None:
        conversation = self.page.conversation
        if conversation is None or self.page.read_only:
            return
        self.page.session.actions.set_status(action, status, note, conversation.id)
