"""Deleting an agreed action: at once, and offered back on an undo bar.

One or the other, never both (as mail clients do, and as clearing an answer does): a
question before an undo bar only makes the manager click twice in front of the employee.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

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
    """Delete ``action``; ``refresh`` after it and after undo."""
    removed = session.actions.delete(action)
    refresh()

    def undo() -> None:
        session.actions.restore(removed)
        refresh()

    undo_bar.offer(QCoreApplication.translate("ActionDeletion", "Action deleted."), undo)
