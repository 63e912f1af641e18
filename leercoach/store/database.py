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

from leercoach.store import crypto, deck_snapshots, remembered
from leercoach.store.employees import fill_sort_names
from leercoach.store.errors import DamagedDatabaseError, StoreError
from leercoach.store.migrations import Migration, check_not_newer, load_migrations, migrate

BUSY_TIMEOUT_MS = 5000
# The Python steps of migrations, by topic (see leercoach.store.migrations).
MIGRATION_STEPS = {"deck_snapshots": deck_snapshots.backfill}
# How long to wait between two tries of switching a new file to WAL.
WAL_RETRY_SECONDS = 0.01
# Page cache for bulk writes (negative: KiB), against SQLite's default of 2 MB.
BULK_CACHE_KIB = -256 * 1024


def ensure_parent(path: Path) -> None:
    """A folder leercoach creates for its data is owner-only (0700); an existing one is left.

    Another process may create it at the same moment: that is fine too.
    """
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700, exist_ok=True)


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


@contextmanager
def bulk_cache(db: sqlite_utils.Database) -> Iterator[None]:
    """A 256 MB page cache for a bulk write, put back (and freed) afterwards.

    Every table has indexes keyed by random uuids, so a write of many rows touches their
    pages in random order. With the default 2 MB cache nearly every row re-reads an index
    page from the OS, and a transaction larger than the cache spills its pages into the
    WAL before it commits, where each later read must look them up again.
    """
    cache = int(db.execute("PRAGMA cache_size").fetchone()[0])
    db.execute(f"PRAGMA cache_size = {BULK_CACHE_KIB:d}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {cache:d}")


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
        except crypto.database_errors() as error:
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
) -> sqlite_utils.Database:
    """Open (and create or upgrade) a leercoach database file, plain or encrypted.

    An encrypted file needs ``passphrase`` or ``key`` (or, with ``remember``, a key
    the OS keyring remembers); a new file given a passphrase is created encrypted.
    """
    path = Path(path).expanduser()
    migrations = load_migrations() if migrations is None else migrations
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    key, from_keyring = crypto.key_for_open(path, passphrase=passphrase, key=key, remember=remember)
    create_private_file(path)
    db: sqlite_utils.Database
    if key is None:
        # isolation_level=None: transactions are explicit (sqlite-utils' atomic()), never
        # implicit. No sqlite-utils plugins: other installed packages' code has no business
        # on a connection to employee data (and scanning for them costs ~40 ms a start).
        db = sqlite_utils.Database(
            sqlite3.connect(path, isolation_level=None, check_same_thread=False),
            execute_plugins=False,
        )
    else:
        try:
            conn = crypto.connect_cipher(
                path, key, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            )
        except crypto.WrongPassphraseError:
            if from_keyring:
                # A key kept from before a passphrase change: drop it and ask instead.
                remembered.forget_key(path)
                raise crypto.PassphraseRequiredError(
                    path, "the remembered passphrase no longer fits"
                ) from None
            raise
        except crypto.database_errors() as error:
            if "malformed" in str(error):
                raise DamagedDatabaseError(path, str(error)) from error
            raise
        db = EncryptedDatabase(conn, key)
    try:
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
            fill_sort_names(db)
    except crypto.database_errors() as error:
        db.close()
        if "not a database" in str(error) or "malformed" in str(error):
            raise DamagedDatabaseError(path, str(error)) from error
        raise
    except BaseException:
        db.close()
        raise
    if key is not None:
        _after_keyed_open(path, key, remember=remember and not from_keyring, writer=upgrade)
    return db


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
