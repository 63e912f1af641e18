"""The last line of defence: log every unhandled error and tell the person what it means.

Installed before anything else runs. The traceback goes to stderr and to a log
file in the user data dir; a short human message names the likely cause (disk
full, I/O error, damaged database) and is handed to the GUI, when there is one.
"""

from __future__ import annotations

import errno
import sqlite3
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from types import TracebackType


class CrashKind(StrEnum):
    DISK_FULL = "disk-full"
    IO_ERROR = "io-error"
    DAMAGED_DATABASE = "damaged-database"
    READ_ONLY = "read-only"
    LOCKED = "locked"
    BUG = "bug"


MESSAGES = {
    CrashKind.DISK_FULL: (
        "The disk is full. Free some space and try again; everything saved before this "
        "moment is safe."
    ),
    CrashKind.IO_ERROR: (
        "The computer could not read or write the leercoach file (an input/output error). "
        "The disk or USB stick may be failing or was removed."
    ),
    CrashKind.DAMAGED_DATABASE: (
        "The leercoach database file is damaged. Do not delete it; restore a backup or ask "
        "for help with the file."
    ),
    CrashKind.READ_ONLY: (
        "The leercoach file is read-only, so changes cannot be saved. Check the file's "
        "permissions or copy it to a folder you can write to."
    ),
    CrashKind.LOCKED: (
        "The leercoach file is in use by another program. Close the other program and try again."
    ),
    CrashKind.BUG: (
        "leercoach ran into an unexpected error. Your saved work is safe; the details are "
        "in the log file."
    ),
}


def classify(error: BaseException) -> CrashKind:
    """Name the likely cause of an error in words a manager understands."""
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return CrashKind.DISK_FULL
        if error.errno in (errno.EROFS, errno.EACCES):
            return CrashKind.READ_ONLY
        if error.errno == errno.EIO:
            return CrashKind.IO_ERROR
    if _is_sqlite_error(error):
        text = str(error).lower()
        if "disk is full" in text or "database or disk is full" in text:
            return CrashKind.DISK_FULL
        if "disk i/o error" in text:
            return CrashKind.IO_ERROR
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            return CrashKind.DAMAGED_DATABASE
        if "readonly" in text or "read-only" in text:
            return CrashKind.READ_ONLY
        if "locked" in text or "busy" in text:
            return CrashKind.LOCKED
    cause = error.__cause__ or error.__context__
    if cause is not None and cause is not error:
        return classify(cause)
    return CrashKind.BUG


def _is_sqlite_error(error: BaseException) -> bool:
    """sqlite3's errors, and SQLCipher's: ``sqlcipher3.dbapi2`` mirrors the same classes
    without deriving from them. Recognised by name, so sqlcipher3 is never imported here."""
    if isinstance(error, sqlite3.Error):
        return True
    return any(
        kind.__name__ == "Error" and kind.__module__.partition(".")[0] == "sqlcipher3"
        for kind in type(error).__mro__
    )


Notifier = Callable[[CrashKind, str, str], None]


class CrashHandler:
    """``sys.excepthook`` replacement; ``notify(kind, message, details)`` shows it in the GUI."""

    def __init__(self, log_file: Path | None) -> None:
        self.log_file = log_file
        self.notify: Notifier | None = None

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        kind = classify(exc)
        message = MESSAGES[kind]
        sys.stderr.write(f"leercoach: {message}\n{details}")
        self.write_log(details)
        if self.notify is not None:
            try:
                self.notify(kind, message, details)
            except Exception:  # noqa: BLE001 - the handler itself must never raise
                traceback.print_exc()

    def write_log(self, details: str) -> None:
        if self.log_file is None:
            return
        try:
            with self.log_file.open("a", encoding="utf-8") as log:
                log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{details}\n")
        except OSError:
            pass  # a full or read-only disk is often why we are here


def install(log_file: Path | None) -> CrashHandler:
    handler = CrashHandler(log_file)
    sys.excepthook = handler
    return handler
