"""Opening the SQLite file: private permissions, durable settings, schema checks."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils

from leercoach.store.errors import DamagedDatabaseError, StoreError
from leercoach.store.migrations import Migration, check_not_newer, load_migrations, migrate

BUSY_TIMEOUT_MS = 5000


def ensure_parent(path: Path) -> None:
    """A folder leercoach creates for its data is owner-only (0700); an existing one is left."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)


def create_private_file(path: Path) -> None:
    """Create the file owner-only (0600) before SQLite does, so it never exists world-readable."""
    ensure_parent(path)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)


def connect(
    path: Path, migrations: list[Migration] | None = None, *, upgrade: bool = True
) -> sqlite_utils.Database:
    """Open (and create or upgrade) a leercoach database file."""
    path = Path(path).expanduser()
    migrations = load_migrations() if migrations is None else migrations
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    create_private_file(path)
    # isolation_level=None: transactions are explicit (sqlite-utils' atomic()), never implicit.
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        # Read the version before anything writes, so a newer file is left untouched.
        check_not_newer(db, path, migrations)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL")
        # FULL: an acknowledged save survives power loss, not only a process kill.
        db.execute("PRAGMA synchronous = FULL")
        # Deleted text is overwritten with zeros, not left in free pages of the file.
        db.execute("PRAGMA secure_delete = ON")
        if upgrade:
            migrate(db, migrations)
    except sqlite3.DatabaseError as error:
        conn.close()
        if "not a database" in str(error) or "malformed" in str(error):
            raise DamagedDatabaseError(path, str(error)) from error
        raise
    except BaseException:
        conn.close()
        raise
    return db
