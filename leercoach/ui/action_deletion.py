"""Deleting an agreed action: asked first, then offered back on an undo bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from leercoach.domain import Action
from leercoach.ui.conversation.undo_bar import UndoBar
from leercoach.ui.session import Session


def delete_with_undo(
    parent: QWidget,
    session: Session,
    action: Action,
    undo_bar: UndoBar,
    refresh: Callable[[], None] = lambda: None,
) -> None:
    """Delete ``action`` once the manager confirms; ``refresh`` after it and after undo."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ActionDeletion", "Delete action"),
        QCoreApplication.translate("ActionDeletion", "Delete the action “%1”?").replace(
            "%1", action.what
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    removed = session.actions.delete(action)
    refresh()

    def undo() -> None:
        session.actions.restore(removed)
        refresh()

    undo_bar.offer(QCoreApplication.translate("ActionDeletion", "Action deleted."), undo)
