"""What went wrong in the background, shown: a failed backup, a check that could not run.

While the window is open, in its status bar (it stays until something else is shown);
once it has closed (the backup made on closing), in a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, SignalInstance, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox


class ProblemReport(QObject):
    """Lives in the window's thread, so a worker thread's signal is queued to it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    @Slot(str)
    def show(self, text: str) -> None:
        if self.window.isVisible():
            self.window.statusBar().showMessage(text)
        else:
            QMessageBox.warning(None, "leercoach", text)


def report_failures(window: QMainWindow, *failed: SignalInstance) -> ProblemReport:
    """Show each ``failed(text)`` signal's text on ``window`` (or after it, in a dialog)."""
    report = ProblemReport(window)
    for signal in failed:
        signal.connect(report.show)
    return report
