"""The database's full check, in the background once the window is in use.

On a gigabyte file SQLite's checks take seconds; a manager should not wait for
them to see their people. The check reads on a connection of its own (WAL lets it
read while the window writes); when it finds damage, ``damaged`` carries what it
found and the window offers to recover.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from leercoach.store import Store
from leercoach.store.recovery import IntegrityCheck

log = logging.getLogger(__name__)


class IntegrityWatch(QObject):
    damaged = Signal(list)
    finished = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.check = IntegrityCheck(store)
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            problems = self.check.run()
        except Exception:  # a check that cannot run is not damage; the next start tries again
            log.exception("integrity check failed to run")
            problems = None
        # Emitted from this thread: Qt queues it to the window's thread.
        if problems:
            self.damaged.emit(problems)
        self.finished.emit()

    def stop(self) -> None:
        """Interrupt a running check and wait for its thread (closing never waits long)."""
        self.check.cancel()
        if self._thread is not None:
            self._thread.join()
