"""One writer per database file: a second window or process on the same file is refused.

An OS lock (flock / LockFileEx through filelock) on ``<db>.lock`` disappears with the
process that held it, so a crash or kill never leaves the file locked for good.
"""

from __future__ import annotations

import os
from pathlib import Path

import filelock

from leercoach.store.errors import StoreError


class DatabaseInUseError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is already open in another leercoach window or process; close that one "
            "first (two writers would overwrite each other's work)"
        )
        self.path = path


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def acquire(db_path: Path) -> filelock.BaseFileLock:
    path = lock_path(db_path)
    lock = filelock.FileLock(str(path), timeout=0, mode=0o600)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise DatabaseInUseError(db_path) from None
    if os.name == "posix":
        path.chmod(0o600)
    return lock
