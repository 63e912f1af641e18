"""The open actions in the person view: add one outside a talk, follow one up (status,
due date, owner, a note), mark it done, delete one while what was agreed may change."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from leercoach.domain import Action, ActionStatus
from leercoach.ui.action_deletion import delete_with_undo

if TYPE_CHECKING:
    from leercoach.ui.employee_view import EmployeeView


class PersonActions(QObject):
    """Works on the person the view shows, through ``session.actions``."""

    def __init__(self, view: EmployeeView) -> None:
        super().__init__(view)
        table = view.actions_view
        table.activated.connect(lambda index: self.follow_up(index.row()))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._menu)
        delete = QShortcut(QKeySequence.StandardKey.Delete, table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda: self.delete(table.currentIndex().row()))

    @property
    def view(self) -> EmployeeView:
        # The parent, not an attribute: the two holding each other would be a cycle,
        # which the collector frees in whatever order (see ui/collector.py).
        return cast("EmployeeView", self.parent())

    def _action(self, row: int) -> Action | None:
        model = self.view.actions_model
        return model.row(row) if 0 <= row < model.rowCount() else None

    def _menu(self, at: QPoint) -> None:
        menu = self.menu_for(self.view.actions_view.indexAt(at).row())
        menu.popup(self.view.actions_view.viewport().mapToGlobal(at))

    def menu_for(self, row: int) -> QMenu:
        """The context menu of a row (-1: under the rows): what may be done with it."""
        menu = QMenu(self.view)
        action = self._action(row)
        if action is not None:
            menu.addAction(self.tr("&Follow up…"), lambda: self.follow_up(row))
            menu.addAction(self.tr("Mark as &done"), lambda: self.mark_done(row))
            delete = menu.addAction(self.tr("&Delete"), lambda: self.delete(row))
            delete.setEnabled(self.view.session.actions.agreement_editable(action))
            menu.addSeparator()
        menu.addAction(self.tr("&New action…"), self.add)
        return menu

    def add(self) -> None:
        """An action agreed outside a talk: free to edit until a talk discussed it."""
        employee = self.view.employee
        if employee is None:
            return
        # Imported when first opened: the dialogs and their date field stay out of start-up.
        from leercoach.ui.conversation.action_dialog import ActionDialog

        dialog = ActionDialog(parent=self.view)
        if dialog.exec() == ActionDialog.DialogCode.Accepted:
            self.view.session.actions.add(
                employee.id, *dialog.values(), owner_name=dialog.named_owner()
            )

    def follow_up(self, row: int) -> None:
        action = self._action(row)
        if action is None:
            return
        actions = self.view.session.actions
        editable = actions.agreement_editable(action)
        from leercoach.ui.action_follow_up import FollowUpDialog

        dialog = FollowUpDialog(
            action, actions.history(action), agreement_editable=editable, parent=self.view
        )
        if dialog.exec() != FollowUpDialog.DialogCode.Accepted:
            return
        what, owner, due, measure = dialog.values()
        # The follow-up first: a new owner or due date enters the history in any case.
        updated = actions.follow_up(
            action,
            dialog.chosen_status(),
            owner,
            due,
            dialog.note.text(),
            owner_name=dialog.named_owner(),
        )
        agreed = (updated.what, updated.success_measure)
        if editable and (what, measure) != agreed:
            actions.update(
                updated, what, owner, due, measure, dialog.learning_form(), dialog.named_owner()
            )

    def mark_done(self, row: int) -> None:
        action = self._action(row)
        if action is not None:
            self.view.session.actions.follow_up(
                action,
                ActionStatus.KLAAR,
                action.owner,
                action.due_date,
                "",
                owner_name=action.owner_name,
            )

    def delete(self, row: int) -> None:
        action = self._action(row)
        if action is None or not self.view.session.actions.agreement_editable(action):
            return
        delete_with_undo(self.view, self.view.session, action, self.view.undo_bar)
