"""What the conversation page says about saving: "Opgeslagen 14:32:05", "Opslaan…", or that
a write failed; and the two questions a failed write raises (leave anyway? finish?)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from leercoach.crash import classify
from leercoach.ui.colours import Colours, keep_styled
from leercoach.ui.conversation.autosave import Autosaver
from leercoach.ui.crash_dialog import human_message


def saved_style(shown: Colours) -> str:
    return f"color: {shown.success.name()};"


def saving_style(shown: Colours) -> str:
    return f"color: {shown.muted.name()};"


def failed_style(shown: Colours) -> str:
    return f"color: {shown.overdue.name()}; font-weight: 600;"


class SaveIndicator(QLabel):
    """Follows one autosaver and the session's saves."""

    def __init__(self, autosaver: Autosaver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.autosaver = autosaver
        self.setObjectName("savedIndicator")
        keep_styled(self, saved_style)
        autosaver.pendingChanged.connect(self._pending_changed)
        autosaver.failed.connect(self._save_failed)

    def clear(self) -> None:
        self.setText("")
        self.setToolTip("")

    def saved(self, at: datetime) -> None:
        if not self.autosaver.has_pending:
            keep_styled(self, saved_style)
            self.setText(self.tr("Saved %1").replace("%1", at.strftime("%H:%M:%S")))
            self.setToolTip("")

    def _pending_changed(self, pending: bool) -> None:
        if pending:
            keep_styled(self, saving_style)
            self.setText(self.tr("Saving…"))

    def _save_failed(self, key: str, error: Exception, retrying: bool) -> None:
        keep_styled(self, failed_style)
        if retrying:
            self.setText(self.tr("Not saved, retrying…"))
            self.setToolTip(human_message(classify(error)))
        else:
            self.setText(self.tr("Not saved: this conversation is completed"))
            self.setToolTip(self.tr("Reopen it to change it."))


def may_leave(parent: QWidget, autosaver: Autosaver) -> bool:
    """Everything typed is written, or the person chose to leave what could not be.

    Leaving while a write fails (a locked or full disk) would drop the newest typing
    without a word; instead they are asked, and staying keeps it pending and retried.
    """
    if autosaver.flush():
        return True
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("SaveIndicator", "Not saved"),
        QCoreApplication.translate(
            "SaveIndicator",
            "Your last changes could not be saved yet. They are still here and are tried "
            "again every few seconds.",
        ),
        parent=parent,
    )
    if autosaver.last_error is not None:
        box.setInformativeText(human_message(classify(autosaver.last_error)))
    stay = box.addButton(
        QCoreApplication.translate("SaveIndicator", "Stay"), QMessageBox.ButtonRole.RejectRole
    )
    lose = box.addButton(
        QCoreApplication.translate("SaveIndicator", "Leave without these changes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(stay)
    box.exec()
    if box.clickedButton() is not lose:
        return False
    autosaver.discard()
    return True


def tell_not_finished(parent: QWidget, error: Exception | None) -> None:
    message = QCoreApplication.translate(
        "SaveIndicator",
        "The conversation stays a draft: not everything could be saved yet. What you "
        "typed is still here; try again in a moment.",
    )
    if error is not None:
        message += "\n\n" + human_message(classify(error))
    QMessageBox.warning(
        parent, QCoreApplication.translate("SaveIndicator", "Not completed"), message
    )
