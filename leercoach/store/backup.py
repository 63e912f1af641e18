"""Backups of the database file: consistent copies, verified, thinned, and restorable.

A plain file copy of a live WAL database can miss committed data that still sits
in the ``-wal`` file, so every copy here goes through SQLite's backup API. A
backup is written to a temporary file in the backups folder, made durable and
checked before it gets its final name, so a crash or a failed check never leaves
a half-written file that looks like a backup.

Backup files are named ``leercoach-YYYY-MM-DDTHH-MM-SS.db`` (local time, like
every timestamp in the database), with ``-2``, ``-3`` … added when two backups
fall in the same second. The name is the record of when a backup was made: file
times change when a folder is copied to another disk.

A backup of an encrypted database is encrypted with the same key (SQLCipher's backup
API between two connections keyed alike) and gets a copy of the ``.salt`` sidecar
beside it, so it opens on its own with the passphrase the database had that day.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from leercoach.files import fsync_dir, fsync_file, private_temp
from leercoach.paths import ensure_private_dir, user_data_dir
from leercoach.store import crypto
from leercoach.store import lock as db_lock
from leercoach.store.base import local_now
from leercoach.store.database import database_key
from leercoach.store.errors import StoreError
from leercoach.store.migrations import load_migrations
from leercoach.store.store import Store

BACKUP_NAME = re.compile(
    r"^leercoach-(?P<stamp>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2})(?:-(?P<sequence>\d+))?\.db$"
)
STAMP_FORMAT = "%Y-%m-%dT%H-%M-%S"
# The salt of an encrypted database travels with it like its journals do.
SIDECARS = ("-wal", "-shm", "-journal", crypto.SIDECAR_SUFFIX)
# Long enough to wait out one save of the app, short enough to answer "in use" promptly.
LOCK_TIMEOUT_SECONDS = 1.0
DEFAULT_DAILY = 12
DEFAULT_WEEKLY = 10
DEFAULT_MONTHLY = 9


class BackupError(StoreError):
    """A backup could not be made, or a restore could not be done; nothing was changed."""


class RestoreRefusedError(BackupError):
    """The file to restore is missing, damaged, or not a leercoach database we can read."""


@dataclass(frozen=True)
class Backup:
    path: Path
    created: datetime
    size: int


def default_backups_dir() -> Path:
    """The backups folder in the user data dir, created owner-only (0700)."""
    folder = user_data_dir() / "backups"
    ensure_private_dir(folder)
    return folder


def backup_name(now: datetime, sequence: int = 1) -> str:
    suffix = f"-{sequence:d}" if sequence > 1 else ""
    return f"leercoach-{_local(now).strftime(STAMP_FORMAT)}{suffix}.db"


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


def make_backup(
    source: Path | Store, folder: Path, now: datetime | None = None, *, key: bytes | None = None
) -> Backup:
    """Write a verified copy of the database into ``folder`` and return it.

    ``source`` is the database file or an open Store (its file is read through a
    connection of our own, so only committed data is copied, whatever the store is
    doing). An encrypted file needs its ``key``; an open Store brings its own.
    Raises BackupError when the copy cannot be made or fails its check; no file is
    left behind then.
    """
    db_path = Path(source.path if isinstance(source, Store) else source).expanduser()
    if not db_path.is_file():
        raise BackupError(f"{db_path} does not exist; there is nothing to back up")
    if isinstance(source, Store) and key is None:
        key = database_key(source.db)
    if not crypto.is_encrypted(db_path):
        key = None
    elif key is None:
        raise crypto.PassphraseRequiredError(db_path)
    now = _local(now or local_now())
    folder = Path(folder).expanduser()
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
    temp = private_temp(folder, ".leercoach-backup-")
    salt_written: Path | None = None
    try:
        try:
            with closing(_connect_source(db_path, key)) as src:
                version = _user_version(src)
                _copy_database(src, temp, key)
        except crypto.sqlite_errors() as error:
            raise BackupError(f"could not copy {db_path}: {error}") from error
        fsync_file(temp)
        problems = _verify_copy(temp, version, key)
        if problems:
            raise BackupError(
                f"the backup of {db_path} failed its check and was not kept: {problems[0]}"
            )
        final = _free_name(folder, now)
        if key is not None:
            # The salt first: an encrypted backup never exists without it.
            salt_written = crypto.sidecar_path(final)
            crypto.write_key_salt(final, crypto.read_key_salt(db_path))
        os.replace(temp, final)
    except BaseException:
        _remove_with_sidecars(temp)
        if salt_written is not None:
            salt_written.unlink(missing_ok=True)
        raise
    fsync_dir(folder)
    return Backup(final, now, final.stat().st_size)


# An encrypted file is only ever opened through sqlcipher3 (with its key), a plain one
# through sqlite3: see leercoach.store.crypto on mixing the two libraries.


def _connect_source(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    # A read-write connection that promises not to write: unlike mode=ro it can
    # clean up the -wal/-shm files when it is the last one to close.
    if key is not None:
        conn: sqlite3.Connection = crypto.connect_cipher(path, key, timeout=LOCK_TIMEOUT_SECONDS)
    else:
        conn = sqlite3.connect(path, timeout=LOCK_TIMEOUT_SECONDS, isolation_level=None)
    conn.execute("PRAGMA query_only = ON")
    return conn


def _connect_read_only(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    if key is not None:
        conn: sqlite3.Connection = crypto.connect_cipher(
            path, key, read_only=True, timeout=LOCK_TIMEOUT_SECONDS
        )
        return conn
    uri = path.resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=LOCK_TIMEOUT_SECONDS, isolation_level=None)


def _copy_database(src: sqlite3.Connection, target: Path, key: bytes | None = None) -> None:
    """Copy all committed pages in one step, then make the copy a single self-contained file.

    With a key, both ends are SQLCipher connections with that key, so the pages stay
    encrypted and the copy opens with the same passphrase.
    """
    dest: sqlite3.Connection = (
        crypto.connect_cipher(target, key)
        if key is not None
        else sqlite3.connect(target, isolation_level=None)
    )
    with closing(dest):
        src.backup(dest)
        # The copied header says WAL; a backup must not need a -wal file next to it.
        dest.execute("PRAGMA journal_mode = DELETE")


def _verify_copy(path: Path, expected_version: int, key: bytes | None = None) -> list[str]:
    try:
        with closing(_connect_read_only(path, key)) as conn:
            problems = _integrity_problems(conn)
            version = _user_version(conn)
    except crypto.sqlite_errors(crypto.WrongPassphraseError) as error:
        return [str(error)]
    if version != expected_version:
        problems.append(f"schema version {version}, expected {expected_version}")
    return problems


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
    yesterday = _local(now).date() - timedelta(days=1)
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


def change_marker(conn: sqlite3.Connection) -> tuple[int, bytes] | None:
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
    return None if row is None else (_user_version(conn), bytes(row[0]))


def changed_since(store: Store, backup: Backup | Path) -> bool:
    """Whether the store may hold anything the backup does not, by their change markers.

    Any write since the backup counts, even one that put the same data back; a backup
    that is unreadable or older than the marker (migration 0004) counts as old.
    """
    path = backup.path if isinstance(backup, Backup) else Path(backup)
    # A backup with another key (or none) than the store's counts as old, so the first
    # backup after encrypting, decrypting or a passphrase change is made the new way.
    key = database_key(store.db)
    if crypto.is_encrypted(path) != (key is not None):
        return True
    try:
        with closing(_connect_read_only(path, key)) as conn:
            theirs = change_marker(conn)
    except crypto.sqlite_errors(crypto.WrongPassphraseError):
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


# Restoring -----------------------------------------------------------------------------------


def known_schema_version() -> int:
    return len(load_migrations())


def check_backup(path: Path, *, key: bytes | None = None) -> list[str]:
    """Why ``path`` cannot be restored, or [] when it is a healthy leercoach database.

    An encrypted backup can only be checked with its ``key`` (see ``backup_key``).
    """
    path = Path(path).expanduser()
    if not path.is_file():
        return [f"{path} does not exist"]
    if not crypto.is_encrypted(path):
        key = None
    elif key is None:
        return [f"{path} is encrypted; its passphrase is needed to check or restore it"]
    try:
        with closing(_connect_read_only(path, key)) as conn:
            problems = _integrity_problems(conn)
            if problems:
                return [f"{path} is damaged: {problem}" for problem in problems]
            version = _user_version(conn)
            has_employees = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'employee'"
            ).fetchone()
    except crypto.WrongPassphraseError as error:
        return [str(error)]
    except crypto.sqlite_errors() as error:
        return [f"{path} is damaged or not a database ({error})"]
    if version < 1 or has_employees is None:
        return [f"{path} is not a leercoach database"]
    known = known_schema_version()
    if version > known:
        return [
            f"{path} was written by a newer leercoach (schema version {version}; this version "
            f"knows up to {known}); update leercoach to restore it"
        ]
    return []


def backup_key(
    backup_path: Path, passphrase: str | None = None, key: bytes | None = None
) -> bytes | None:
    """The key that opens an encrypted backup (checked), or None for a plain one.

    Derived from the passphrase with the backup's own ``.salt``: a backup needs the
    passphrase the database had when the backup was made. Raises
    PassphraseRequiredError or WrongPassphraseError.
    """
    backup_path = Path(backup_path).expanduser()
    if not crypto.is_encrypted(backup_path):
        return None
    if key is None:
        if passphrase is None:
            raise crypto.PassphraseRequiredError(backup_path)
        key = crypto.key_for(backup_path, passphrase)
    try:
        with closing(_connect_read_only(backup_path, key)):
            pass
    except crypto.sqlite_errors() as error:
        raise RestoreRefusedError(f"{backup_path} is damaged or not a database ({error})") from None
    return key


def restore_backup(
    backup_path: Path,
    db_path: Path,
    now: datetime | None = None,
    *,
    passphrase: str | None = None,
    key: bytes | None = None,
) -> Path | None:
    """Put a backup in place of the database; return where the old database was moved.

    The backup is checked first and refused (RestoreRefusedError, nothing changed)
    when it is missing, damaged, not a leercoach database or too new. The current
    database is never deleted: it is renamed to ``<name>.replaced-<timestamp>``,
    together with any -wal/-shm/-journal file so they stay a pair. Returns None when
    there was no database yet (restoring onto a new laptop). Refuses with
    DatabaseInUseError (the app has it open) or BackupError (another program has) while
    the database is in use. An encrypted backup needs its ``passphrase`` (or ``key``)
    and is restored encrypted, with its ``.salt`` beside it.
    """
    backup_path = Path(backup_path).expanduser()
    db_path = Path(db_path).expanduser()
    if backup_path.is_file():
        key = backup_key(backup_path, passphrase, key)
    problems = check_backup(backup_path, key=key)
    if problems:
        raise RestoreRefusedError(problems[0])
    now = _local(now or local_now())
    if not db_path.parent.exists():
        db_path.parent.mkdir(parents=True, mode=0o700)
    temp = private_temp(db_path.parent, f".{db_path.name}.restore-")
    try:
        try:
            with closing(_connect_read_only(backup_path, key)) as src:
                version = _user_version(src)
                _copy_database(src, temp, key)
        except crypto.sqlite_errors() as error:
            raise BackupError(f"could not copy {backup_path}: {error}") from error
        fsync_file(temp)
        problems = _verify_copy(temp, version, key)
        if problems:
            raise BackupError(f"the copy of {backup_path} failed its check: {problems[0]}")
        if key is not None:
            crypto.write_key_salt(temp, crypto.read_key_salt(backup_path))
        # The app's own lock first: it names the culprit ("open in another leercoach").
        held = db_lock.acquire(db_path)
        try:
            with _swapped_in(temp, db_path, now) as replaced:
                if key is None:
                    _check_opens(db_path)
                else:
                    _check_opens(db_path, key)
        finally:
            held.release()
    except BaseException:
        _remove_with_sidecars(temp)
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
            _remove_with_sidecars(db_path)
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
                f"{db_path} is in use by another program (is leercoach still open?); "
                "close it and restore again. Nothing was changed."
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


def _check_opens(db_path: Path, key: bytes | None = None) -> None:
    try:
        # Not exclusive: this restore holds the lock until the check is done.
        with Store.open(db_path, exclusive=False, key=key) as store:
            problems = store.check()
    except crypto.sqlite_errors(StoreError) as error:
        raise BackupError(f"the restored database does not open: {error}") from error
    if problems:
        raise BackupError(f"the restored database fails its check: {problems[0]}")


def _exists_any(db_path: Path) -> bool:
    return any(Path(f"{db_path}{suffix}").exists() for suffix in ("", *SIDECARS))


def _free_replaced_name(db_path: Path, now: datetime) -> Path:
    base = f"{db_path}.replaced-{now.strftime(STAMP_FORMAT)}"
    candidate, sequence = Path(base), 1
    while _exists_any(candidate):
        sequence += 1
        candidate = Path(f"{base}-{sequence:d}")
    return candidate


# Shared helpers ------------------------------------------------------------------------------


def _local(moment: datetime) -> datetime:
    """Naive local time, as stored everywhere else; an aware moment is converted."""
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _integrity_problems(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    return [str(row[0]) for row in rows if row[0] != "ok"]


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", *SIDECARS):
        with suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
