"""Every copy of the database that leercoach itself made, and the leftovers of killed ones.

Besides the database file there are the backups (``backups/leercoach-*.db``), the file
a restore set aside (``<db>.replaced-<time>``), a damaged file recovery set aside
(``<db>.damaged-<time>``), and, after a kill, the unfinished temp copy of a backup,
restore or conversion (hidden ``.…tmp`` files, full copies of everything). Erasure must
reach all of them, and a passphrase change re-keys the encrypted ones; copies a person
made elsewhere (``backup --to``) are theirs, not listed here.

An unfinished copy's writer holds a lock beside it (``files.TempInProgress``). Once
that lock is free and the file is a few minutes old, its writer is gone for good (a
kill, a power cut) and the file is only a stale copy of personal data: it is removed
at the next start, never while a running backup still writes it.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import filelock

from leercoach.files import SQLITE_SIDECARS, TEMP_SUFFIX, WRITER_LOCK_SUFFIX
from leercoach.store.crypto import SIDECAR_SUFFIX
from leercoach.trust.backup import BACKUP_TEMP_PREFIX, backups_dir, list_backups
from leercoach.trust.conversion import CONVERT_TEMP_MARK
from leercoach.trust.restore import REPLACED_MARK, RESTORE_TEMP_MARK

DAMAGED_MARK = ".damaged-"
# An unfinished copy younger than this may belong to a writer that has not locked yet.
STALE_AFTER_SECONDS = 5 * 60
# A copy's own files: SQLite's journals and, for an encrypted copy, its salt.
COPY_SIDECARS = (*SQLITE_SIDECARS, SIDECAR_SUFFIX)


class CopyKind(StrEnum):
    BACKUP = "backup"
    REPLACED = "replaced"  # set aside by a restore
    DAMAGED = "damaged"  # set aside by recovery


@dataclass(frozen=True)
class Copy:
    path: Path
    kind: CopyKind


def our_copies(db_path: Path, backups: Path) -> list[Copy]:
    """The finished copies leercoach made of the database at ``db_path``: backups in
    ``backups``, and the files set aside beside the database, oldest name first."""
    found = [Copy(backup.path, CopyKind.BACKUP) for backup in reversed(list_backups(backups))]
    marks = ((REPLACED_MARK, CopyKind.REPLACED), (DAMAGED_MARK, CopyKind.DAMAGED))
    for path in _entries(db_path.parent):
        for mark, kind in marks:
            rest = path.name.removeprefix(db_path.name)
            if rest != path.name and rest.startswith(mark) and not _is_sidecar(rest):
                found.append(Copy(path, kind))
    return found


def unfinished_copies(db_path: Path, backups: Path) -> list[Path]:
    """The temp copies of backups, restores and conversions, finished or not, by name."""
    prefixes = (BACKUP_TEMP_PREFIX, f".{db_path.name}{RESTORE_TEMP_MARK}")
    found: list[Path] = []
    for folder in dict.fromkeys((backups, db_path.parent)):
        for path in _entries(folder):
            name = path.name
            if not name.endswith(TEMP_SUFFIX):
                continue
            if name.startswith(prefixes) or (name.startswith(".") and CONVERT_TEMP_MARK in name):
                found.append(path)
    return found


def writer_gone(temp: Path) -> bool:
    """Whether no process writes ``temp`` any more: nobody holds the lock beside it.

    A temp of an older leercoach had no lock; its age alone tells (``is_stale``).
    """
    lock = filelock.FileLock(f"{temp}{WRITER_LOCK_SUFFIX}", timeout=0, mode=0o600)
    try:
        lock.acquire()
    except filelock.Timeout:
        return False
    lock.release()
    return True


def is_stale(temp: Path, now: float | None = None) -> bool:
    try:
        age = (now if now is not None else time.time()) - temp.stat().st_mtime
    except FileNotFoundError:
        return False
    return age >= STALE_AFTER_SECONDS and writer_gone(temp)


def remove_unfinished(temp: Path) -> None:
    """Delete an unfinished copy with its journals, salt and writer's lock."""
    for suffix in ("", *COPY_SIDECARS, WRITER_LOCK_SUFFIX):
        Path(f"{temp}{suffix}").unlink(missing_ok=True)


def clean_unfinished(db_path: Path, backups: Path, now: float | None = None) -> list[Path]:
    """Remove the unfinished copies whose writer is gone (at start); return them."""
    removed = []
    for temp in unfinished_copies(db_path, backups):
        if is_stale(temp, now):
            try:
                remove_unfinished(temp)
            except OSError:  # a read-only folder: it stays, and erasure will name it
                continue
            removed.append(temp)
    return removed


def _is_sidecar(rest: str) -> bool:
    return rest.endswith((*COPY_SIDECARS, WRITER_LOCK_SUFFIX))


def _entries(folder: Path) -> Iterable[Path]:
    try:
        return sorted(path for path in folder.iterdir() if path.is_file())
    except OSError:  # a folder that is missing or cannot be read holds no copies we reach
        return []


def tidy_after_start(db_path: Path) -> list[Path]:
    """What a start does: remove the stale unfinished copies beside the database and in the
    backups folder (their writers are gone); the files removed."""
    return clean_unfinished(db_path, backups_dir())
