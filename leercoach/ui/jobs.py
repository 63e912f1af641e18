"""Long jobs off the UI thread, behind a progress dialog with Cancel.

The work is a plain function taking ``progress(done, total) -> bool``; it returns
False once the user pressed Cancel, and the work stops at its next step. The app's
operations run through ``ui.operations``, which builds on ``run_job``: it gives the
work a database connection of its own (SQLite connections must not be shared between
threads while both are in use), shows what went wrong, and tells the screens what
changed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], bool]
Work = Callable[[Progress], Any]


class JobCancelledError(Exception):
    """Raised by work that stops because the user cancelled."""


class Job(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.work(self.report)
        except Exception as error:  # noqa: BLE001 - handed to the UI thread to show
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class JobOutcome(QObject):
    """Lives in the UI thread: the worker's signals reach it queued, never directly."""

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop) -> None:
        super().__init__()
        self.dialog = dialog
        self.loop = loop
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False
        self.done = False

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        if self.dialog.wasCanceled():
            return  # a step still under way after Cancel would show the dialog again
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    @Slot(object)
    def succeeded(self, result: object) -> None:
        self.result = result
        self._end()

    @Slot(object)
    def failed(self, error: object) -> None:
        if isinstance(error, JobCancelledError):
            self.cancelled = True
        elif isinstance(error, BaseException):
            self.error = error
        self._end()

    def _end(self) -> None:
        self.done = True
        self.loop.quit()


def run_job(
    parent: QWidget | None,
    title: str,
    label: str,
    work: Work,
    *,
    show_after_ms: int = 0,
    cancellable: bool = True,
) -> JobOutcome:
    """Run ``work`` in a worker thread behind a modal progress dialog; wait for the end.

    With ``show_after_ms`` the dialog shows only once the work takes that long
    (QProgressDialog's minimumDuration): a quick job flashes no dialog. Until then the
    window takes no clicks or keys; they wait and arrive once the job is done or the
    dialog is up. Without ``cancellable`` the dialog has no Cancel button.
    """
    job = Job(work)
    thread = QThread()
    job.moveToThread(thread)
    # Qt's own translation of its own button: "Annuleren" in Dutch.
    cancel_text = QCoreApplication.translate("QProgressDialog", "Cancel")
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    loop = QEventLoop()
    outcome = JobOutcome(dialog, loop)
    job.progressed.connect(outcome.progressed)
    job.succeeded.connect(outcome.succeeded)
    job.failed.connect(outcome.failed)
    if cancellable:
        dialog.canceled.connect(job.cancel, Qt.ConnectionType.DirectConnection)
    else:
        dialog.setCancelButton(None)  # and closing the dialog (Esc) cancels nothing
    thread.started.connect(job.run)
    thread.start()
    if show_after_ms > 0:
        waited = QTimer()
        waited.setSingleShot(True)
        waited.timeout.connect(loop.quit)
        waited.start(show_after_ms)
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        waited.stop()
    if not outcome.done:
        if not dialog.wasCanceled():  # Cancel pressed while it waited hides it for good
            dialog.show()
        loop.exec()
    outcome.cancelled = outcome.cancelled or job.cancelled
    thread.quit()
    thread.wait()
    dialog.reset()  # stops its timer: a dialog of a quick job never shows up afterwards
    dialog.close()
    dialog.deleteLater()
    return outcome
