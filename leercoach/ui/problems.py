"""What went wrong in the background, shown: a failed backup, a check that could not run.

While the window is open, in its status bar (it stays until something else is shown);
once it has closed (the backup made on closing), in a dialog.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, SignalInstance, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox


class ProblemReport(QObject):
    """Lives in the window's thread, so a worker thread's signal is queued to it."""

    def __init__(self, window: QMainWindow) -> None:
        # The window is the parent, not also an attribute: the two holding each other
        # would be a cycle that Python's collector may free in the middle of a paint.
        super().__init__(window)

    @Slot(str)
    def show(self, text: str) -> None:
        window = cast(QMainWindow, self.parent())
        if window.isVisible():
            window.statusBar().showMessage(text)
        else:
            QMessageBox.warning(None, "leercoach", text)


def report_failures(window: QMainWindow, *failed: SignalInstance) -> ProblemReport:
    """Show each ``failed(text)`` signal's text on ``window`` (or after it, in a dialog)."""
    report = ProblemReport(window)
    for signal in failed:
        signal.connect(report.show)
    return report
