"""Backups of the database file: consistent copies, verified and thinned.

Every copy goes through SQLite's backup API (``leercoach.trust.dbfiles``). A backup is
written to a temporary file in the backups folder, made durable and checked before it
gets its final name, so a crash or a failed check never leaves a half-written file
that looks like a backup; its writer holds a lock beside the temp, so a later start
can tell a killed backup's leftover from one still being written. Restoring is in
``leercoach.trust.restore``.

Backup files are named ``leercoach-YYYY-MM-DDTHH-MM-SS.db`` (local time, like
every timestamp in the database), with ``-2``, ``-3`` … added when two backups
fall in the same second. The name is the record of when a backup was made: file
times change when a folder is copied to another disk.

A backup of an encrypted database is encrypted with the same key (SQLCipher's backup
API between two connections keyed alike) and gets a copy of the ``.salt`` sidecar
beside it, with the key's fingerprint, so it opens on its own with the database's
passphrase; a passphrase change re-keys the backups (``leercoach.trust.rekey``).
"""

from __future__ import annotations

import os
import re
import stat
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from leercoach.files import TempInProgress, fsync_dir
from leercoach.language import _
from leercoach.paths import data_dir, ensure_private_dir
from leercoach.store import connections, crypto
from leercoach.store.access import Access
from leercoach.store.base import local_now
from leercoach.store.errors import StoreError
from leercoach.store.store import Store
from leercoach.trust.dbfiles import (
    connect_read_only,
    copy_verified,
    local,
    user_version,
)

BACKUP_NAME = re.compile(
    r"^leercoach-(?P<stamp>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2})(?:-(?P<sequence>\d+))?\.db$"
)
STAMP_FORMAT = "%Y-%m-%dT%H-%M-%S"
BACKUP_TEMP_PREFIX = ".leercoach-backup-"
DEFAULT_DAILY = 12
DEFAULT_WEEKLY = 10
DEFAULT_MONTHLY = 9


class BackupError(StoreError):
    """A backup could not be made, or a restore could not be done; nothing was changed."""


@dataclass(frozen=True)
class Backup:
    path: Path
    created: datetime
    size: int


def default_backups_dir() -> Path:
    """The backups folder in the user data dir, created owner-only (0700)."""
    folder = backups_dir()
    ensure_private_dir(folder)
    return folder


def backups_dir() -> Path:
    """Where the backups are, without creating the folder (for looking, not writing)."""
    return data_dir() / "backups"


def backup_name(now: datetime, sequence: int = 1) -> str:
    suffix = f"-{sequence:d}" if sequence > 1 else ""
    return f"leercoach-{local(now).strftime(STAMP_FORMAT)}{suffix}.db"


def parse_backup_name(name: str) -> tuple[datetime, int] | None:
    """(when it was made, sequence within that second), or None for any other file."""
    match = BACKUP_NAME.match(name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None  # looks like a backup name but is not a real moment (month 13)
    return created, int(match["sequence"] or 1)


# Making a backup ----------------------------------------------------------------------------


def make_backup(source: Path | Store | Access, folder: Path, now: datetime | None = None) -> Backup:
    """Write a verified copy of the database into ``folder`` and return it.

    ``source`` is an open Store, its ``Access`` (an encrypted file needs one: it brings
    the key) or the path of a plain file. The file is read through a connection of our
    own, so only committed data is copied, whatever the store is doing. Raises
    BackupError when the copy cannot be made or fails its check; no file is left behind
    then.
    """
    access = access_of(source)
    db_path = access.path
    if not db_path.is_file():
        raise BackupError(_("{path} does not exist; there is nothing to back up", path=db_path))
    if crypto.is_encrypted(db_path) and access.key is None:
        raise crypto.PassphraseRequiredError(db_path)
    now = local(now or local_now())
    folder = Path(folder).expanduser()
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
    salt_written: Path | None = None
    with TempInProgress(folder, BACKUP_TEMP_PREFIX) as temp:
        try:
            try:
                problems = copy_verified(access, temp, live=True)
            except connections.sqlite_errors() as error:
                raise BackupError(
                    _("could not copy {path}: {error}", path=db_path, error=error)
                ) from error
            if problems:
                raise BackupError(
                    _(
                        "the backup of {path} failed its check and was not kept: {problem}",
                        path=db_path,
                        problem=problems[0],
                    )
                )
            final = _free_name(folder, now)
            if access.key is not None:
                # The salt first: an encrypted backup never exists without it.
                salt_written = crypto.sidecar_path(final)
                crypto.write_key_salt(final, crypto.read_key_salt(db_path), key=access.key)
            os.replace(temp, final)
        except BaseException:
            if salt_written is not None:
                salt_written.unlink(missing_ok=True)
            raise
    fsync_dir(folder)
    return Backup(final, now, final.stat().st_size)


def access_of(source: Path | Store | Access) -> Access:
    """The access to a database given as a Store, an Access, or the path of a plain file."""
    if isinstance(source, Store):
        return source.access
    if isinstance(source, Access):
        return source
    return Access(Path(source).expanduser())


def _free_name(folder: Path, now: datetime) -> Path:
    sequence = 1
    while (candidate := folder / backup_name(now, sequence)).exists():
        sequence += 1
    return candidate


# Listing and thinning ------------------------------------------------------------------------


def list_backups(folder: Path) -> list[Backup]:
    """The backups in ``folder``, newest first; other files (and temp files) are ignored."""
    found: list[tuple[datetime, int, Backup]] = []
    try:
        entries = list(Path(folder).expanduser().iterdir())
    except FileNotFoundError:
        return []
    for path in entries:
        parsed = parse_backup_name(path.name)
        if parsed is None:
            continue
        try:
            info = path.stat()
        except FileNotFoundError:
            continue  # thinned by another process meanwhile
        if not stat.S_ISREG(info.st_mode):
            continue
        created, sequence = parsed
        found.append((created, sequence, Backup(path, created, info.st_size)))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [backup for _, _, backup in found]


def _iso_week(moment: datetime) -> tuple[int, int]:
    year, week, _ = moment.isocalendar()
    return year, week


def _month(moment: datetime) -> tuple[int, int]:
    return moment.year, moment.month


def select_to_keep(
    backups: list[Backup],
    now: datetime,
    daily: int = DEFAULT_DAILY,
    weekly: int = DEFAULT_WEEKLY,
    monthly: int = DEFAULT_MONTHLY,
) -> list[Backup]:
    """Which backups to keep, newest first; pure, so the rule can be tested without files.

    Anki's rule. Walking from new to old: every backup of today and yesterday is
    kept (a backup made just before a mistake must survive the backups made just
    after it). Then the newest backup of each of the next ``daily`` days that have
    a backup, then of the next ``weekly`` ISO weeks older than the last one kept,
    then of the next ``monthly`` months. Only periods that have a backup count,
    so a laptop left in a drawer for half a year keeps its history. The newest
    backup of all is always kept; a backup dated after ``now`` (the clock was set
    back) falls in the first group and is kept.
    """
    if min(daily, weekly, monthly) < 0:
        raise ValueError("daily, weekly and monthly must be 0 or more")
    yesterday = local(now).date() - timedelta(days=1)
    ordered = sorted(backups, key=_order, reverse=True)
    left = {"daily": daily, "weekly": weekly, "monthly": monthly}
    last_day: date | None = None
    last_week: tuple[int, int] | None = None
    last_month: tuple[int, int] | None = None
    kept: list[Backup] = []
    for backup in ordered:
        day, week, month = backup.created.date(), _iso_week(backup.created), _month(backup.created)
        if day >= yesterday:
            stage, keep = None, True
        elif left["daily"]:
            stage, keep = "daily", last_day is None or day < last_day
        elif left["weekly"]:
            stage, keep = "weekly", last_week is None or week < last_week
        elif left["monthly"]:
            stage, keep = "monthly", last_month is None or month < last_month
        else:
            stage, keep = None, not kept  # limits used up; the newest stays regardless
        if keep:
            kept.append(backup)
            last_day, last_week, last_month = day, week, month
            if stage is not None:
                left[stage] -= 1
    return kept


def thin_backups(
    folder: Path,
    now: datetime | None = None,
    daily: int = DEFAULT_DAILY,
    weekly: int = DEFAULT_WEEKLY,
    monthly: int = DEFAULT_MONTHLY,
) -> list[Backup]:
    """Delete the backups ``select_to_keep`` does not keep; return those deleted."""
    backups = list_backups(folder)
    kept = {
        backup.path
        for backup in select_to_keep(backups, now or local_now(), daily, weekly, monthly)
    }
    deleted: list[Backup] = []
    for backup in backups:
        if backup.path in kept:
            continue
        with suppress(FileNotFoundError):
            backup.path.unlink()
            deleted.append(backup)
        crypto.sidecar_path(backup.path).unlink(missing_ok=True)
    if deleted:
        fsync_dir(Path(folder))
    return deleted


def _order(backup: Backup) -> tuple[datetime, int]:
    parsed = parse_backup_name(backup.path.name)
    return backup.created, parsed[1] if parsed else 1


# Has anything changed? -----------------------------------------------------------------------


def change_marker(conn: Any) -> tuple[int, bytes] | None:
    """The schema version and change token of a database or backup (migration 0004).

    Every write to a table of user data draws a new random token, and a backup carries the
    token of the moment it was copied, so equal markers mean the same data: two small
    reads, where hashing every row took seconds on a file of 1 GB. Unlike ``PRAGMA
    data_version`` (only other connections' writes, only while this one is open) or the
    ``updated_at`` columns (deletions and undo leave no newer stamp), it sees every write,
    by any process, in any earlier session. None for a file made before 0004.
    """
    has_marker = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'change_marker'"
    ).fetchone()
    if has_marker is None:
        return None
    row = conn.execute("SELECT token FROM change_marker WHERE id = 1").fetchone()
    return None if row is None else (user_version(conn), bytes(row[0]))


def changed_since(store: Store, backup: Backup | Path) -> bool:
    """Whether the store may hold anything the backup does not, by their change markers.

    Any write since the backup counts, even one that put the same data back; a backup
    that is unreadable or older than the marker (migration 0004) counts as old.
    """
    path = backup.path if isinstance(backup, Backup) else Path(backup)
    # A backup with another key (or none) than the store's counts as old, so the first
    # backup after encrypting, decrypting or a passphrase change is made the new way.
    access = store.access
    if crypto.is_encrypted(path) != access.encrypted:
        return True
    try:
        with closing(connect_read_only(access.for_copy(path))) as conn:
            theirs = change_marker(conn)
    except connections.sqlite_errors(crypto.WrongPassphraseError):
        return True
    ours = change_marker(store.db.conn)
    return ours is None or theirs is None or ours != theirs


def backup_if_changed(
    store: Store, folder: Path | None = None, now: datetime | None = None
) -> Backup | None:
    """Back up and thin, unless the newest backup already holds exactly this data.

    What the app calls on start and close; returns the new backup or None.
    """
    folder = folder or default_backups_dir()
    existing = list_backups(folder)
    if existing and not changed_since(store, existing[0]):
        return None
    made = make_backup(store, folder, now)
    thin_backups(folder, made.created)
    return made
