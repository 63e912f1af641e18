"""Restoring a backup in place of the database, never losing the file it replaces.

The backup is checked first; the current database is renamed to
``<name>.replaced-<time>`` (with its -wal/-shm, kept as a pair) and the checked copy
takes its place. Nothing happens while another program has the file open.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path

from leercoach.files import TempInProgress, fsync_dir, remove_with_sidecars
from leercoach.language import _
from leercoach.store import connections, crypto
from leercoach.store import lock as db_lock
from leercoach.store.access import Access
from leercoach.store.base import local_now
from leercoach.store.errors import StoreError
from leercoach.store.migrations import load_migrations
from leercoach.trust.backup import STAMP_FORMAT, BackupError
from leercoach.trust.dbfiles import (
    LOCK_TIMEOUT_SECONDS,
    connect_read_only,
    copy_verified,
    integrity_problems,
    local,
    user_version,
)

# The salt of an encrypted database travels with it like its journals do.
SIDECARS = ("-wal", "-shm", "-journal", crypto.SIDECAR_SUFFIX)
REPLACED_MARK = ".replaced-"
RESTORE_TEMP_MARK = ".restore-"


class RestoreRefusedError(BackupError):
    """The file to restore is missing, damaged, or not a leercoach database we can read."""


def check_backup(source: Path | Access) -> list[str]:
    """Why a backup cannot be restored, or [] when it is a healthy leercoach database.

    An encrypted backup can only be checked with its key: give its ``Access``
    (``backup_access``, or the database's ``access.for_copy(path)``).
    """
    access = source if isinstance(source, Access) else Access(Path(source).expanduser())
    path = access.path
    if not path.is_file():
        return [_("{path} does not exist", path=path)]
    if not crypto.is_encrypted(path):
        access = Access(path)
    elif access.key is None:
        return [
            _("{path} is encrypted; its passphrase is needed to check or restore it", path=path)
        ]
    try:
        with closing(connect_read_only(access)) as conn:
            problems = integrity_problems(conn)
            if problems:
                return [_("{path} is damaged: {problem}", path=path, problem=p) for p in problems]
            version = user_version(conn)
            has_employees = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'employee'"
            ).fetchone()
    except crypto.WrongPassphraseError as error:
        return [str(error)]
    except connections.sqlite_errors() as error:
        return [_("{path} is damaged or not a database ({error})", path=path, error=error)]
    if version < 1 or has_employees is None:
        return [_("{path} is not a leercoach database", path=path)]
    known = known_schema_version()
    if version > known:
        return [
            _(
                "{path} was written by a newer leercoach (schema version {version}; this "
                "version knows up to {known}); update leercoach to restore it",
                path=path,
                version=version,
                known=known,
            )
        ]
    return []


def backup_access(backup_path: Path, passphrase: str | None = None) -> Access:
    """The access that opens a backup (checked): nothing for a plain one, for an encrypted
    one the key derived from ``passphrase`` with the backup's own ``.salt``. Raises
    PassphraseRequiredError, WrongPassphraseError or RestoreRefusedError."""
    try:
        return Access.unlock(backup_path, passphrase)
    except connections.sqlite_errors() as error:
        raise RestoreRefusedError(
            _("{path} is damaged or not a database ({error})", path=backup_path, error=error)
        ) from None


def restore_backup(
    backup: Path | Access,
    db_path: Path,
    now: datetime | None = None,
    *,
    passphrase: str | None = None,
) -> Path | None:
    """Put a backup in place of the database; return where the old database was moved.

    The backup is checked first and refused (RestoreRefusedError, nothing changed)
    when it is missing, damaged, not a leercoach database or too new. The current
    database is never deleted: it is renamed to ``<name>.replaced-<timestamp>``,
    together with any -wal/-shm/-journal file so they stay a pair. Returns None when
    there was no database yet (restoring onto a new laptop). Refuses with
    DatabaseInUseError (the app has it open) or BackupError (another program has) while
    the database is in use. An encrypted backup needs its ``Access`` or ``passphrase``
    and is restored encrypted, with its ``.salt`` beside it.
    """
    if isinstance(backup, Access):
        access = backup
    else:
        backup_path = Path(backup).expanduser()
        access = (
            backup_access(backup_path, passphrase) if backup_path.is_file() else Access(backup_path)
        )
    backup_path = access.path
    db_path = Path(db_path).expanduser()
    problems = check_backup(access)
    if problems:
        raise RestoreRefusedError(problems[0])
    now = local(now or local_now())
    if not db_path.parent.exists():
        db_path.parent.mkdir(parents=True, mode=0o700)
    with TempInProgress(db_path.parent, f".{db_path.name}{RESTORE_TEMP_MARK}") as temp:
        try:
            problems = copy_verified(access, temp, live=False)
        except connections.sqlite_errors() as error:
            raise BackupError(
                _("could not copy {path}: {error}", path=backup_path, error=error)
            ) from error
        if problems:
            raise BackupError(
                _(
                    "the copy of {path} failed its check: {problem}",
                    path=backup_path,
                    problem=problems[0],
                )
            )
        if access.key is not None:
            crypto.write_key_salt(temp, crypto.read_key_salt(backup_path), key=access.key)
        try:
            # The app's own lock first: it names the culprit ("open in another leercoach").
            held = db_lock.acquire(db_path)
            try:
                with _swapped_in(temp, db_path, now) as replaced:
                    _check_opens(Access(db_path, access.key))
            finally:
                held.release()
        except BaseException:
            crypto.sidecar_path(temp).unlink(missing_ok=True)
            raise
    return replaced


@contextmanager
def _swapped_in(new: Path, db_path: Path, now: datetime) -> Iterator[Path | None]:
    """Move the current database aside and ``new`` into its place; undo it all if anything
    fails, the body included."""
    if db_path.exists():
        _settle(db_path)
    replaced = _free_replaced_name(db_path, now) if _exists_any(db_path) else None
    moved: list[tuple[Path, Path]] = []
    linked = swapped = salted = False
    new_salt, db_salt = crypto.sidecar_path(new), crypto.sidecar_path(db_path)
    try:
        if replaced is not None:
            linked = _move_aside(db_path, replaced, moved)
        if new_salt.exists():
            # The salt before the file: a crash in between leaves the old file in place.
            os.replace(new_salt, db_salt)
            salted = True
        os.replace(new, db_path)
        swapped = True
        fsync_dir(db_path.parent)
        yield replaced
    except BaseException:
        if swapped:
            remove_with_sidecars(db_path, SIDECARS)
        elif salted:
            db_salt.unlink(missing_ok=True)
        for original, aside in reversed(moved):
            os.replace(aside, original)
        if linked and replaced is not None:
            if swapped:
                os.replace(replaced, db_path)
            else:
                replaced.unlink()
        fsync_dir(db_path.parent)
        raise


def _move_aside(db_path: Path, replaced: Path, moved: list[tuple[Path, Path]]) -> bool:
    """Give the database and its sidecars the ``replaced`` name, recording each move in
    ``moved``; True when the database is hard-linked (still under its old name as well)."""
    linked = False
    if db_path.exists():
        linked = _keep_aside(db_path, replaced)
        if not linked:
            moved.append((db_path, replaced))
    for suffix in SIDECARS:
        # A -wal left next to the restored file would be replayed into it.
        sidecar = Path(f"{db_path}{suffix}")
        if sidecar.exists():
            aside = Path(f"{replaced}{suffix}")
            os.replace(sidecar, aside)
            moved.append((sidecar, aside))
    return linked


def _settle(db_path: Path) -> None:
    """Fold the WAL into the main file so it stands alone once moved; refuse while in use.

    Leaving WAL mode needs the only connection to the file, so this is also how we
    learn that the app (or anything else) still has it open. A damaged file cannot
    be settled; it is moved as it is, with its -wal, which is why it is a pair. So is
    an encrypted one: its key may differ from the backup's, and sqlite3 must not open it.
    """
    if crypto.is_encrypted(db_path):
        return
    try:
        with closing(sqlite3.connect(db_path, timeout=LOCK_TIMEOUT_SECONDS)) as conn:
            conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    except sqlite3.OperationalError as error:
        text = str(error).lower()
        if "locked" in text or "busy" in text:
            raise BackupError(
                _(
                    "{path} is in use by another program (is leercoach still open?); close "
                    "it and restore again. Nothing was changed.",
                    path=db_path,
                )
            ) from error
    except sqlite3.DatabaseError:
        pass


def _keep_aside(db_path: Path, replaced: Path) -> bool:
    """Give the current file its new name; True when it still has its old one as well.

    A hard link first: the old file is already safe under its new name while the
    database path still points at it, so there is no moment without a database.
    Filesystems without hard links (FAT on a USB stick) get a plain rename.
    """
    try:
        os.link(db_path, replaced)
    except OSError:
        os.replace(db_path, replaced)
        return False
    return True


def _check_opens(access: Access) -> None:
    try:
        # Not exclusive: this restore holds the lock until the check is done.
        with access.open() as store:
            problems = store.check()
    except connections.sqlite_errors(StoreError) as error:
        raise BackupError(_("the restored database does not open: {error}", error=error)) from error
    if problems:
        raise BackupError(
            _("the restored database fails its check: {problem}", problem=problems[0])
        )


def _exists_any(db_path: Path) -> bool:
    return any(Path(f"{db_path}{suffix}").exists() for suffix in ("", *SIDECARS))


def _free_replaced_name(db_path: Path, now: datetime) -> Path:
    base = f"{db_path}{REPLACED_MARK}{now.strftime(STAMP_FORMAT)}"
    candidate, sequence = Path(base), 1
    while _exists_any(candidate):
        sequence += 1
        candidate = Path(f"{base}-{sequence:d}")
    return candidate


def known_schema_version() -> int:
    return len(load_migrations())
