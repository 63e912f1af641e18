"""Connections through the SQLite library that belongs to a file: sqlcipher3 for an encrypted
one (keyed and checked), sqlite3 for a plain one, and the errors of both.

sqlcipher3's exceptions do not derive from sqlite3's, so an ``except`` clause names both
(``sqlite_errors``, ``database_errors``); sqlcipher3 is imported only once an encrypted
file is used.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

from leercoach.language import _
from leercoach.store.crypto import EncryptionUnavailableError, WrongPassphraseError, key_literal

# Waiting this long for another connection is enough to tell "in use" from "busy for a moment".
BUSY_TIMEOUT_SECONDS = 1.0


def sqlcipher() -> Any:
    """The ``sqlcipher3.dbapi2`` module, imported only when an encrypted file is used."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError as error:
        raise EncryptionUnavailableError(
            _(
                "encrypted databases need the sqlcipher3 package, which does not load here: "
                "{error}",
                error=error,
            )
        ) from error
    return dbapi2


def sqlite_errors(*also: type[Exception]) -> tuple[type[Exception], ...]:
    """sqlite3.Error, sqlcipher3's Error once it is loaded (they share no base class), and
    ``also``: for ``except`` clauses."""
    loaded = sys.modules.get("sqlcipher3.dbapi2")
    cipher: tuple[type[Exception], ...] = () if loaded is None else (loaded.Error,)
    return (sqlite3.Error, *cipher, *also)


def database_errors() -> tuple[type[Exception], ...]:
    """sqlite3.DatabaseError, and sqlcipher3's DatabaseError once it is loaded."""
    loaded = sys.modules.get("sqlcipher3.dbapi2")
    return (
        (sqlite3.DatabaseError,)
        if loaded is None
        else (sqlite3.DatabaseError, loaded.DatabaseError)
    )


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """SQLite's URI for reading a file without ever writing it; ``immutable`` also skips
    the locks and the -shm file (for a file in a read-only folder that no one writes)."""
    return Path(path).resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def connect_cipher(
    path: Path,
    key: bytes | None,
    *,
    read_only: bool = False,
    immutable: bool = False,
    timeout: float = BUSY_TIMEOUT_SECONDS,
    check_same_thread: bool = True,
) -> Any:
    """An sqlcipher3 connection (autocommit), keyed and checked; ``key=None`` for a plain file.

    Raises WrongPassphraseError when the key does not open the file.
    """
    dbapi = sqlcipher()
    target = read_only_uri(path, immutable=immutable) if read_only else str(path)
    conn = dbapi.connect(
        target,
        uri=read_only,
        timeout=timeout,
        isolation_level=None,
        check_same_thread=check_same_thread,
    )
    try:
        # SQLCipher prints "hmac check failed" to stderr on a wrong key; our own message is
        # the one a person should see.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f'PRAGMA key = "{key_literal(key)}"')
            # Temporary tables and sort files stay in memory: never plaintext on disk.
            conn.execute("PRAGMA temp_store = MEMORY")
        # The key is only tried when a page is read; this is the first read.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi.DatabaseError as error:
        conn.close()
        if key is not None and "not a database" in str(error):
            raise WrongPassphraseError(Path(path)) from None
        raise
    except BaseException:
        conn.close()
        raise
    return conn
