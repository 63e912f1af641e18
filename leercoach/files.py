"""Writing files that hold personal data: owner-only from the first byte, whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_private_text(path: Path, text: str) -> None:
    _write_private(path, text, "w", "utf-8")


def write_private_bytes(path: Path, data: bytes) -> None:
    """The bytes as they are (a calendar's CRLF line ends stay CRLF)."""
    _write_private(path, data, "wb", None)


def _write_private(path: Path, content: str | bytes, mode: str, encoding: str | None) -> None:
    """Written whole under a temporary name, owner-only, then renamed over ``path``."""
    temp = path.with_name(f".{path.name}.part")
    fd = os.open(temp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, mode, encoding=encoding) as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def private_temp(folder: Path, prefix: str) -> Path:
    """An empty temp file in ``folder``; mkstemp makes it 0600, never readable by others."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    os.close(fd)
    return Path(name)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable; Windows has no directory fsync (NTFS journals renames)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# Temp files that hold a copy of the database --------------------------------------------------

TEMP_SUFFIX = ".tmp"
WRITER_LOCK_SUFFIX = ".lock"
# What SQLite may leave beside a database file it writes.
SQLITE_SIDECARS = ("-journal", "-wal", "-shm")


class TempInProgress:
    """A private temp file whose writer holds a lock beside it (``<temp>.lock``) until done.

    A backup, restore or conversion writes a whole copy of the database here before
    renaming it into place. A kill leaves the temp behind; the lock is what tells a
    later cleaner (``leercoach.trust.copies``) that its writer is gone, so a copy that
    a running backup still writes is never removed. The lock is taken before the temp
    exists, so there is no moment when the temp is there without it.
    """

    def __init__(self, folder: Path, prefix: str) -> None:
        import secrets

        import filelock

        self.path = Path(folder) / f"{prefix}{secrets.token_hex(8)}{TEMP_SUFFIX}"
        self.lock_path = Path(f"{self.path}{WRITER_LOCK_SUFFIX}")
        self._lock = filelock.FileLock(str(self.lock_path), timeout=0, mode=0o600)

    def __enter__(self) -> Path:
        self._lock.acquire()
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except BaseException:
            self._release()
            raise
        os.close(fd)
        return self.path

    def __exit__(self, *exc_info: object) -> None:
        try:
            remove_with_sidecars(self.path)
        finally:
            self._release()

    def _release(self) -> None:
        self._lock.release()
        self.lock_path.unlink(missing_ok=True)


def remove_with_sidecars(path: Path, sidecars: tuple[str, ...] = SQLITE_SIDECARS) -> None:
    """Delete a database file and whatever SQLite left beside it; missing ones are fine."""
    for suffix in ("", *sidecars):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
