"""What the app does when the database is damaged: never overwrite, set it aside.

A file that SQLite cannot open is caught at once. The full check (``quick_check``
and ``foreign_key_check``) reads every page: milliseconds for a manager's file,
seconds for an HR file of a gigabyte, so the app runs it on a connection of its own
in a thread (``IntegrityCheck``) while the window is already in use.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from leercoach.store import connections
from leercoach.store.access import Access
from leercoach.store.store import Store, checked
from leercoach.trust.backup import Backup, list_backups
from leercoach.trust.restore import check_backup

# The .salt of an encrypted database travels with it, or the file could not be opened.
SIDECARS = ("-wal", "-shm", "-journal")
BESIDE = (".salt",)
DAMAGED_MARK = ".damaged-"


def startup_problems(store: Store) -> list[str]:
    """SQLite's quick_check and foreign_key_check: what is wrong, or an empty list."""
    return checked(store.db, "quick_check")


class IntegrityCheck:
    """``startup_problems`` on a read-only connection of its own, for a worker thread.

    WAL lets it read while the app writes. ``cancel`` (from any thread) interrupts
    SQLite mid-check, so closing the app never waits for a gigabyte to be read.
    """

    def __init__(self, source: Store | Access) -> None:
        self.access = source.access if isinstance(source, Store) else source
        self.cancelled = threading.Event()
        self._reader: Store | None = None
        self._guard = threading.Lock()

    def run(self) -> list[str] | None:
        """The problems found, [] for a sound file, None when cancelled."""
        with self._guard:
            if self.cancelled.is_set():
                return None
            # Read-only: a check writes nothing, and a file moved away is not made anew.
            self._reader = self.access.open(read_only=True, upgrade=False)
        try:
            return startup_problems(self._reader)
        except connections.sqlite_errors():
            if self.cancelled.is_set():
                return None
            raise
        finally:
            with self._guard:
                self._reader.close()
                self._reader = None

    def cancel(self) -> None:
        with self._guard:
            self.cancelled.set()
            if self._reader is not None:
                self._reader.db.conn.interrupt()


def set_aside_damaged(db_path: Path, now: datetime) -> Path:
    """Rename the damaged file (and its WAL/SHM, kept as a pair) to ``.damaged-<time>``."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.name}{DAMAGED_MARK}{stamp}")
    number = 2
    while target.exists():
        target = db_path.with_name(f"{db_path.name}{DAMAGED_MARK}{stamp}-{number}")
        number += 1
    for suffix in SIDECARS:
        sidecar = Path(f"{db_path}{suffix}")
        if sidecar.exists():
            sidecar.rename(Path(f"{target}{suffix}"))
    for suffix in BESIDE:
        beside = db_path.with_name(db_path.name + suffix)
        if beside.exists():
            beside.rename(target.with_name(target.name + suffix))
    db_path.rename(target)
    return target


def newest_good_backup(folder: Path, access: Access | None = None) -> Backup | None:
    """The most recent backup that passes its own check, if any.

    With the damaged database's ``access``, encrypted backups are checked with its key
    (they share it, ``leercoach.trust.rekey``); without, only plain ones can qualify.
    """
    for backup in list_backups(folder):
        candidate = access.for_copy(backup.path) if access is not None else backup.path
        if not check_backup(candidate):
            return backup
    return None
