"""Whole database files: copying one through SQLite, checking a copy, naming moments.

Shared by backups, restores, conversions and erasure. A plain file copy of a live WAL
database can miss committed data that still sits in the ``-wal`` file, so every copy
goes through SQLite's backup API on a connection of the right library (sqlcipher3 for
an encrypted file, with its key on both ends; sqlite3 for a plain one).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

from leercoach.files import fsync_file
from leercoach.store import connections, crypto
from leercoach.store.access import Access

# Long enough to wait out one save of the app, short enough to answer "in use" promptly.
LOCK_TIMEOUT_SECONDS = 1.0


def user_version(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def integrity_problems(conn: Any) -> list[str]:
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    return [str(row[0]) for row in rows if row[0] != "ok"]


def connect_source(access: Access) -> Any:
    """A read-write connection that promises not to write: unlike mode=ro it can clean up
    the -wal/-shm files when it is the last one to close."""
    conn = access.connect(timeout=LOCK_TIMEOUT_SECONDS)
    conn.execute("PRAGMA query_only = ON")
    return conn


def connect_read_only(access: Access) -> Any:
    return access.connect(read_only=True, timeout=LOCK_TIMEOUT_SECONDS)


def copy_database(src: Any, target: Path, key: bytes | None = None) -> None:
    """Copy all committed pages in one step, then make the copy a single self-contained file.

    With a key, both ends are SQLCipher connections with that key, so the pages stay
    encrypted and the copy opens with the same passphrase.
    """
    dest: Any = (
        connections.connect_cipher(target, key)
        if key is not None
        else sqlite3.connect(target, isolation_level=None)
    )
    with closing(dest):
        src.backup(dest)
        # The copied header says WAL; a copy must not need a -wal file next to it.
        dest.execute("PRAGMA journal_mode = DELETE")


def copy_verified(access: Access, target: Path, *, live: bool) -> list[str]:
    """Copy the database into ``target`` (an empty temp file), make it durable and check
    it; what is wrong with the copy, or []. ``live``: the source may be in use (read it
    on a connection that can tidy its -wal), else it is a backup (read it read-only).
    SQLite errors while copying are the caller's to word."""
    with closing(connect_source(access) if live else connect_read_only(access)) as src:
        version = user_version(src)
        copy_database(src, target, access.key)
    fsync_file(target)
    return verify_copy(access.at(target), version)


def verify_copy(access: Access, expected_version: int) -> list[str]:
    """What is wrong with a copy: damage, or another schema version than its source's."""
    try:
        with closing(connect_read_only(access)) as conn:
            problems = integrity_problems(conn)
            version = user_version(conn)
    except connections.sqlite_errors(crypto.WrongPassphraseError) as error:
        return [str(error)]
    if version != expected_version:
        problems.append(f"schema version {version}, expected {expected_version}")
    return problems


def local(moment: datetime) -> datetime:
    """Naive local time, as stored everywhere else; an aware moment is converted."""
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(microsecond=0)
