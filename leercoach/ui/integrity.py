"""The database's full check, in the background once the window is in use.

On a gigabyte file SQLite's checks take seconds; a manager should not wait for
them to see their people. The check reads on a read-only connection of its own (WAL
lets it read while the window writes); when it finds damage, ``damaged`` carries what
it found and the window offers to recover. A check that cannot run is no damage, but
the person is told (``failed``), not only the log.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal

from leercoach import trust
from leercoach.store import Store
from leercoach.ui.error_messages import expected_message

log = logging.getLogger(__name__)


class IntegrityWatch(QObject):
    damaged = Signal(list)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.check = trust.IntegrityCheck(store)
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            problems = self.check.run()
        except Exception as error:  # a check that cannot run is not damage; said, and logged
            log.exception("integrity check failed to run")
            problems = None
            # Emitted from this thread: Qt queues it to the window's thread.
            self.failed.emit(check_failure(error))
        if problems:
            self.damaged.emit(problems)
        self.finished.emit()

    def stop(self) -> None:
        """Interrupt a running check and wait for its thread (closing never waits long)."""
        self.check.cancel()
        if self._thread is not None:
            self._thread.join()


def check_failure(error: BaseException) -> str:
    return QCoreApplication.translate(
        "Integrity",
        "The background check of the database could not run: %1 leercoach tries again at "
        "the next start.",
    ).replace("%1", expected_message(error) or str(error))
