"""Opening the SQLite file: private permissions, durable settings, schema checks.

A plain file is opened with the standard ``sqlite3`` module, an encrypted one with
``sqlcipher3`` (see ``leercoach.store.crypto``); both give a ``sqlite_utils.Database``.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from leercoach.language import _
from leercoach.store import (
    audience,
    connections,
    crypto,
    deck_snapshots,
    option_ids,
    remembered,
    talk_plans,
)
from leercoach.store.employees import fill_sort_names
from leercoach.store.errors import (
    DamagedDatabaseError,
    NoDatabaseError,
    NotWritableError,
    StoreError,
    is_damage,
)
from leercoach.store.migrations import (
    Migration,
    Step,
    check_not_newer,
    load_migrations,
    migrate,
    schema_version,
)

BUSY_TIMEOUT_MS = 5000
# The Python steps of migrations, by topic (see leercoach.store.migrations): each runs once,
# in its migration's transaction, and is recorded with it in user_version.
MIGRATION_STEPS: dict[str, Step] = {
    "employee_name_order": fill_sort_names,
    "deck_snapshots": deck_snapshots.backfill,
    "talk_rhythm": talk_plans.backfill,
    "option_ids": option_ids.backfill,
    "audience": audience.backfill,
}
# How long to wait between two tries of switching a new file to WAL.
WAL_RETRY_SECONDS = 0.01


def ensure_parent(path: Path) -> None:
    """A folder leercoach creates for its data is owner-only (0700); an existing one is left.

    Another process may create it at the same moment: that is fine too.
    """
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700, exist_ok=True)


def ensure_writable(path: Path) -> None:
    """NotWritableError when the file, or the folder that holds its -wal and lock, is
    read-only: said before anything is tried, rather than at the first save."""
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise NotWritableError(path)


def create_private_file(path: Path) -> None:
    """Create the file owner-only (0600) before SQLite does, so it never exists world-readable.

    O_EXCL decides, not a look beforehand: of two processes creating it at once, one
    creates it and the other finds it there.
    """
    ensure_parent(path)
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)


class EncryptedDatabase(sqlite_utils.Database):
    """A database on an SQLCipher connection; ``key`` opens its file and its backups.

    sqlcipher3's exceptions do not derive from sqlite3's, and sqlite-utils catches
    ``sqlite3.OperationalError`` in a few places: ``Table.drop(ignore=True)``,
    ``query()`` on ``INSERT ... RETURNING``, ``insert_all(alter=True)`` and its
    "too many SQL variables" retry. The store uses none of those; what it does use
    (insert, insert_all, upsert, atomic, execute, executescript) is tested on an
    encrypted connection in tests/test_encryption.py.
    """

    def __init__(self, conn: Any, key: bytes) -> None:
        super().__init__(conn, execute_plugins=False)
        self.key = key


def use_wal(db: sqlite_utils.Database) -> None:
    """``PRAGMA journal_mode = WAL``: switches a new file, a no-op for one already in WAL.

    Two connections switching a brand-new file at the same moment each hold a lock the
    other's switch must wait for; rather than wait for ever, SQLite tells one of them
    "database is locked" at once, without its busy timeout. That one tries again, for as
    long as the busy timeout would have waited.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except connections.database_errors() as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
        time.sleep(WAL_RETRY_SECONDS)


def database_key(db: sqlite_utils.Database) -> bytes | None:
    """The key of an encrypted database, None for a plain one."""
    return db.key if isinstance(db, EncryptedDatabase) else None


def connect(
    path: Path,
    migrations: list[Migration] | None = None,
    *,
    upgrade: bool = True,
    passphrase: str | None = None,
    key: bytes | None = None,
    remember: bool = False,
    read_only: bool = False,
) -> sqlite_utils.Database:
    """Open (and create or upgrade) a leercoach database file, plain or encrypted.

    An encrypted file needs ``passphrase`` or ``key`` (or, with ``remember``, a key
    the OS keyring remembers); a new file given a passphrase is created encrypted.
    ``read_only``: SQLite's mode=ro, see ``open_reader``.
    """
    path = Path(path).expanduser()
    migrations = load_migrations() if migrations is None else migrations
    if path.is_dir():
        raise StoreError(_("{path} is a folder, not a database file", path=path))
    if read_only and crypto.is_new(path):
        raise NoDatabaseError(path, _("the file is empty") if path.exists() else "")
    key, from_keyring = crypto.key_for_open(path, passphrase=passphrase, key=key, remember=remember)
    if read_only:
        db = open_reader(path, key, from_keyring, migrations, upgrade=upgrade)
    else:
        create_private_file(path)
        db = _database(path, key, from_keyring)
        with _guarded(db, path):
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            # Read the version before anything writes, so a newer file is left untouched.
            check_not_newer(db, path, migrations)
            db.execute("PRAGMA foreign_keys = ON")
            # Before any migration: nobody migrates in the old journal mode while another
            # connection switches the file to WAL.
            use_wal(db)
            # FULL: an acknowledged save survives power loss, not only a process kill.
            db.execute("PRAGMA synchronous = FULL")
            # Deleted text is overwritten with zeros, not left in free pages of the file.
            db.execute("PRAGMA secure_delete = ON")
            if upgrade:
                migrate(db, migrations, steps=MIGRATION_STEPS)
    if key is not None:
        _after_keyed_open(path, key, remember=remember and not from_keyring, writer=not read_only)
    return db


def open_reader(
    path: Path,
    key: bytes | None,
    from_keyring: bool,
    migrations: list[Migration],
    *,
    upgrade: bool,
) -> sqlite_utils.Database:
    """A connection that never writes the file: no journal mode set, nothing created.

    With ``upgrade`` an older schema is migrated first, on a connection of its own (the
    one write a reader may make); a newer one is refused as always.
    """
    db = _database(path, key, from_keyring, read_only=True)
    with _guarded(db, path):
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        check_not_newer(db, path, migrations)
        db.execute("PRAGMA foreign_keys = ON")
        older = schema_version(db) < len(migrations)
    if not (upgrade and older):
        return db
    db.close()
    connect(path, migrations, key=key).close()
    return open_reader(path, key, False, migrations, upgrade=False)


def _database(
    path: Path, key: bytes | None, from_keyring: bool, *, read_only: bool = False
) -> sqlite_utils.Database:
    """A connection through the library that belongs to the file (see crypto)."""
    try:
        if key is not None:
            return EncryptedDatabase(_reader(path, key) if read_only else _cipher(path, key), key)
        # isolation_level=None: transactions are explicit (sqlite-utils' atomic()), never
        # implicit. No sqlite-utils plugins: other installed packages' code has no business
        # on a connection to employee data (and scanning for them costs ~40 ms a start).
        conn = (
            _reader(path, None)
            if read_only
            else sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        )
        return sqlite_utils.Database(conn, execute_plugins=False)
    except crypto.WrongPassphraseError:
        if from_keyring:
            # A key kept from before a passphrase change: drop it and ask instead.
            remembered.forget_key(path)
            raise crypto.PassphraseRequiredError(
                path, "the remembered passphrase no longer fits"
            ) from None
        raise
    except connections.database_errors() as error:
        damaged = _damage(path, error)
        if damaged is not None:
            raise damaged from error
        raise


def _cipher(path: Path, key: bytes, **read: bool) -> Any:
    return connections.connect_cipher(
        path, key, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, **read
    )


def _reader(path: Path, key: bytes | None) -> Any:
    """SQLite's mode=ro. A WAL file needs its -shm beside it, which SQLite cannot create
    in a read-only folder: such a file is read as immutable (no locks, no -shm), which
    is safe there, since nobody can write it either, unless its -wal holds changes."""
    try:
        return _read_only(path, key, immutable=False)
    except connections.database_errors() as error:
        if "unable to open" not in str(error) or os.access(path.parent, os.W_OK):
            raise
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise StoreError(
                _(
                    "{path} cannot be read in its read-only folder: {wal} beside it holds "
                    "changes that are not in the file yet; copy both to a folder you can "
                    "write to and open the copy",
                    path=path,
                    wal=wal.name,
                )
            ) from error
    return _read_only(path, key, immutable=True)


def _read_only(path: Path, key: bytes | None, *, immutable: bool) -> Any:
    if key is not None:
        return _cipher(path, key, read_only=True, immutable=immutable)
    conn = sqlite3.connect(
        connections.read_only_uri(path, immutable=immutable),
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )
    try:
        # The first read opens the WAL, and finds a file that is no database.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _damage(path: Path, error: Exception) -> DamagedDatabaseError | None:
    return DamagedDatabaseError(path, str(error)) if is_damage(error) else None


@contextmanager
def _guarded(db: sqlite_utils.Database, path: Path) -> Iterator[None]:
    """Close the connection when setting it up fails; damage becomes DamagedDatabaseError."""
    try:
        yield
    except connections.database_errors() as error:
        db.close()
        damaged = _damage(path, error)
        if damaged is not None:
            raise damaged from error
        raise
    except BaseException:
        db.close()
        raise


def _after_keyed_open(path: Path, key: bytes, *, remember: bool, writer: bool) -> None:
    if remember:
        remembered.remember_key(path, key)
    if writer:
        _heal_key_fingerprint(path, key)


def _heal_key_fingerprint(path: Path, key: bytes) -> None:
    """The .salt beside the file names the key's fingerprint; after a passphrase change that
    was killed between renaming the file and rewriting its .salt, put the right one back."""
    key_salt = crypto.read_key_salt(path)
    if key_salt.key_id != crypto.key_fingerprint(key):
        crypto.write_key_salt(path, key_salt, key=key)
