"""Automatic backups: when the app closes, and after a quiet spell, if anything changed.

A backup that fails is logged and ``failed`` says so in the user's language: the window
shows it (``ui.problems``), for a backup is only worth something when it is made.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from leercoach.ui.error_messages import expected_message
from leercoach.ui.session import Session

if TYPE_CHECKING:
    from leercoach.trust import Backup

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 5 * 60 * 1000
QUIET_BEFORE_BACKUP = timedelta(minutes=20)


class BackupScheduler(QObject):
    failed = Signal(str)

    def __init__(self, session: Session, folder: Path | None = None) -> None:
        super().__init__(session)
        self.folder = folder
        self.last_save: datetime | None = None
        self.backed_up_after_save = True
        self._worker: threading.Thread | None = None
        session.saved.connect(self._saved)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.backup_when_quiet)
        self._timer.start()

    @property
    def session(self) -> Session:
        # The parent, not an attribute: a cycle through a QObject with a timer is freed by
        # the collector in whatever order (see ui/collector.py).
        return cast(Session, self.parent())

    def _saved(self, at: datetime) -> None:
        self.last_save = at
        self.backed_up_after_save = False

    def backup_when_quiet(self, now: datetime | None = None) -> None:
        """After a quiet spell, back up in a thread on its own connection (WAL lets it read)."""
        now = now or datetime.now()
        quiet = self.last_save is None or now - self.last_save >= QUIET_BEFORE_BACKUP
        busy = self._worker is not None and self._worker.is_alive()
        if self.backed_up_after_save or not quiet or busy:
            return
        self.backed_up_after_save = True
        self._worker = threading.Thread(target=self._backup_in_background, daemon=True)
        self._worker.start()

    def backup_on_close(self) -> Backup | None:
        if self._worker is not None:
            self._worker.join()
        try:
            return self.session.safety.backup_if_changed(self.folder)
        except Exception as error:  # a failed backup must never stop the app from closing
            log.exception("automatic backup on closing failed")
            self.failed.emit(backup_failure(error))
            return None

    def _backup_in_background(self) -> None:
        try:
            self.session.safety.backup_if_changed(self.folder, own_connection=True)
        except Exception as error:  # logged and shown; the next quiet spell tries again
            log.exception("background backup failed")
            self.backed_up_after_save = False
            # Emitted from this thread: Qt queues it to the window's thread.
            self.failed.emit(backup_failure(error))


def backup_failure(error: BaseException) -> str:
    """What the person is told: why, when that is known, and that their work is safe."""
    return QCoreApplication.translate(
        "Backups",
        "The automatic backup failed: %1 Your work itself is saved; leercoach tries again later.",
    ).replace("%1", expected_message(error) or str(error))
