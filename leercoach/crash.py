"""The last line of defence: what an error means, in one sentence, and a log for the bugs.

Installed before anything else runs. ``classify`` names the likely cause of an error
(disk full, I/O error, damaged database, read-only, locked, or a bug) and ``describe``
says it in one sentence that names the file, for the terminal. An error nobody
expected is a bug: its traceback goes to the log file (``leercoach.errorlog``: bounded,
owner-only, without names or conversation text), never to the terminal, and the
sentence says where the log is. The GUI shows either in a dialog of its own
(``notify``), translated.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from types import TracebackType

from leercoach.errorlog import ErrorLog, is_sqlite_error
from leercoach.language import N_, _


class CrashKind(StrEnum):
    DISK_FULL = "disk-full"
    IO_ERROR = "io-error"
    DAMAGED_DATABASE = "damaged-database"
    READ_ONLY = "read-only"
    LOCKED = "locked"
    BUG = "bug"


# What SQLite leaves beside a database: an error about one of them is about the database.
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
THE_FILE = N_("the leercoach file")


def classify(error: BaseException) -> CrashKind:
    """Name the likely cause of an error in words a manager understands."""
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return CrashKind.DISK_FULL
        if error.errno in (errno.EROFS, errno.EACCES):
            return CrashKind.READ_ONLY
        if error.errno == errno.EIO:
            return CrashKind.IO_ERROR
    if is_sqlite_error(error):
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


def describe(error: BaseException, database: Path | None = None) -> str | None:
    """One sentence for the terminal: what went wrong, with which file, and what to do;
    None for a bug. The store's own errors already say it (and name their file)."""
    if _is_store_error(error):
        return str(error)
    kind = classify(error)
    file = _file_of(error) or database
    name = str(file) if file is not None else _(THE_FILE)
    if kind is CrashKind.DISK_FULL:
        return _(
            "the disk is full, so {name} could not be written: free some space and try "
            "again; everything saved before this moment is safe",
            name=name,
        )
    if kind is CrashKind.IO_ERROR and file is not None and _wal_lost(file):
        return _(
            "the computer could not read {name}: the -wal file beside it was deleted or "
            "emptied while the database was open; close every program that has it open "
            "and try again",
            name=name,
        )
    if kind is CrashKind.IO_ERROR:
        return _(
            "the computer could not read or write {name} (an input/output error): the "
            "disk or USB stick may be failing or was removed",
            name=name,
        )
    if kind is CrashKind.DAMAGED_DATABASE:
        return _(
            "{name} is damaged: do not delete it; restore a backup (leercoach backups list, "
            "leercoach restore BACKUP) or ask for help with the file",
            name=name,
        )
    if kind is CrashKind.READ_ONLY:
        return read_only_sentence(file)
    if kind is CrashKind.LOCKED:
        return _(
            "{name} is in use by another program: close the other program and try again",
            name=name,
        )
    if isinstance(error, OSError):
        return _(
            "{name} could not be used: {reason}",
            name=name,
            reason=error.strerror or _("the system gave no reason"),
        )
    if is_sqlite_error(error):
        return _("SQLite could not use {name}: {error}", name=name, error=error)
    return None


def read_only_sentence(file: Path | None) -> str:
    """The file is read-only, or the folder it is in (SQLite writes its -wal beside it)."""
    if file is None:
        return _(
            "{name} is read-only, so changes cannot be saved: check its permissions or "
            "copy it to a folder you can write to",
            name=_(THE_FILE),
        )
    if not os.access(file.parent, os.W_OK):
        # A hidden name is a temp file of ours, which means nothing to the reader.
        if file.name.startswith("."):
            return _(
                "the folder {folder} is read-only, so leercoach cannot write there: use a "
                "folder you can write to, or check the folder's permissions",
                folder=file.parent,
            )
        return _(
            "the folder {folder} is read-only, so leercoach cannot write {name} there: use "
            "a folder you can write to, or check the folder's permissions",
            folder=file.parent,
            name=file.name,
        )
    return _(
        "{name} is read-only, so changes cannot be saved: check its permissions or copy it "
        "to a folder you can write to",
        name=file,
    )


def _file_of(error: BaseException) -> Path | None:
    """The file an OSError in the chain names; SQLite's -wal or a lock stands for its database."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and isinstance(current.filename, str | os.PathLike):
            file = Path(current.filename)
            for suffix in SIDECAR_SUFFIXES:
                if file.name.endswith(suffix) and len(file.name) > len(suffix):
                    return file.with_name(file.name.removesuffix(suffix))
            return file
        current = current.__cause__ or current.__context__
    return None


def _wal_lost(database: Path) -> bool:
    """An -shm whose -wal is missing or empty: SQLite's index points at frames now gone."""
    wal = Path(f"{database}-wal")
    try:
        return Path(f"{database}-shm").exists() and (not wal.exists() or wal.stat().st_size == 0)
    except OSError:
        return False


def _is_store_error(error: BaseException) -> bool:
    """A StoreError, or an export's refused target: they say themselves what is wrong. One
    can exist only once its module is loaded, so neither is imported here."""
    errors = sys.modules.get("leercoach.store.errors")
    targets = sys.modules.get("leercoach.targets")
    return (errors is not None and isinstance(error, errors.StoreError)) or (
        targets is not None and isinstance(error, targets.TargetRefusedError)
    )


# The error's own object, and the scrubbed traceback the log holds (what a dialog may show).
Notifier = Callable[[BaseException, str], None]


class CrashHandler:
    """``sys.excepthook`` replacement; ``notify(error, details)`` shows it in the GUI."""

    def __init__(
        self, log_file: Path | None, database: Path | None = None, *, log: ErrorLog | None = None
    ) -> None:
        self.log = log or (ErrorLog(log_file) if log_file is not None else None)
        self.database = database
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
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        logged = self.write_log(exc)
        sys.stderr.write(f"leercoach: {describe(exc, self.database) or self.bug(logged)}\n")
        if self.notify is not None:
            try:
                self.notify(exc, self.details(exc))
            except Exception as failure:  # noqa: BLE001 - the handler itself must never raise
                self.write_log(failure)

    def explain(self, error: BaseException) -> str:
        """The sentence for the terminal; a bug is logged first, and its sentence says where."""
        expected = describe(error, self.database)
        return expected if expected is not None else self.bug(self.write_log(error))

    def bug(self, logged: bool) -> str:
        if logged and self.log is not None:
            return _(
                "leercoach ran into an unexpected error; the details are in {path}",
                path=self.log.path,
            )
        return _("leercoach ran into an unexpected error, and could not write its details to a log")

    def details(self, error: BaseException) -> str:
        return self.log.scrubbed(error) if self.log is not None else type(error).__name__

    def write_log(self, error: BaseException) -> bool:
        """Whether the error is in the log now (a full or read-only disk is often why not)."""
        return self.log is not None and self.log.write(error)


def install(log_file: Path | None, database: Path | None = None) -> CrashHandler:
    handler = CrashHandler(log_file, database)
    sys.excepthook = handler
    return handler
