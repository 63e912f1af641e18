"""Encrypting, decrypting and re-keying a whole database file, never half-way.

The converted copy is written beside the file with SQLCipher's ``sqlcipher_export``,
checked (integrity, every page's HMAC, schema version, each table's row count), made
durable, and only then renamed into place. Until the rename the original file's data
is not changed (it only leaves WAL mode, which its next open restores), and a failure
removes the copy.

Nothing is converted while another program has the file open: its later writes would
go to the old file, which the rename takes out of sight, and be lost. Leaving WAL mode
needs the only connection to the file, which is how that is found out (``restore``
asks the same way); the conversion then holds an exclusive lock until the rename.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from leercoach.files import TempInProgress, fsync_dir, fsync_file
from leercoach.language import _
from leercoach.store import lock as db_lock
from leercoach.store.connections import connect_cipher, read_only_uri, sqlcipher, sqlite_errors
from leercoach.store.crypto import (
    SQLITE_HEADER,
    KdfParams,
    PassphraseRequiredError,
    check_new_passphrase,
    derive_key,
    is_encrypted,
    key_for,
    key_literal,
    new_key_salt,
    read_key_salt,
    sidecar_path,
    write_key_salt,
)
from leercoach.store.errors import StoreError, ValidationError

JOURNALS = ("-wal", "-shm", "-journal")
CONVERT_TEMP_MARK = ".convert-"


class ConversionError(StoreError):
    """Encrypting, decrypting or re-keying failed; the original file was not changed."""


class FileInUseError(ConversionError):
    """Another program has the file open; converting now would lose its later writes."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            _(
                "{path} is in use by another program (is leercoach or a database tool still "
                "open?); close it and try again. Nothing was changed.",
                path=path,
            )
        )
        self.path = path


@dataclass(frozen=True)
class Snapshot:
    """What must survive a conversion: the schema version and each table's row count."""

    version: int
    counts: dict[str, int]


def encrypt_database(path: Path, passphrase: str, *, kdf: KdfParams | None = None) -> None:
    """Turn the plain database at ``path`` into an encrypted one with this passphrase."""
    path = Path(path).expanduser()
    _must_exist(path)
    if is_encrypted(path):
        raise ConversionError(
            _("{path} is already encrypted; change its passphrase instead", path=path)
        )
    check_new_passphrase(passphrase)
    key_salt = new_key_salt(kdf)
    key = derive_key(passphrase, key_salt)
    # The salt goes in place just before the swap: until then the plain file stands alone.
    convert_file(path, None, key, before_swap=lambda: write_key_salt(path, key_salt, key=key))


def decrypt_database(
    path: Path, passphrase: str | None = None, *, key: bytes | None = None
) -> None:
    """Turn the encrypted database at ``path`` back into a plain SQLite file."""
    path = Path(path).expanduser()
    _must_exist(path)
    if not is_encrypted(path):
        raise ConversionError(_("{path} is not encrypted", path=path))
    old = existing_key(path, passphrase, key)
    convert_file(path, old, None, after_swap=lambda: sidecar_path(path).unlink(missing_ok=True))


def change_passphrase(
    path: Path,
    old_passphrase: str | None,
    new_passphrase: str,
    *,
    old_key: bytes | None = None,
) -> tuple[bytes, bytes]:
    """Re-encrypt the database at ``path`` with a key from the new passphrase (same salt).

    Returns (old key, new key), so the caller can re-key the backups
    (``leercoach.trust.rekey``) without deriving either again.
    """
    path = Path(path).expanduser()
    _must_exist(path)
    if not is_encrypted(path):
        raise ConversionError(_("{path} is not encrypted; encrypt it first", path=path))
    check_new_passphrase(new_passphrase)
    old = existing_key(path, old_passphrase, old_key)
    key_salt = read_key_salt(path)
    new = derive_key(new_passphrase, key_salt)
    if new == old:
        raise ValidationError([_("the new passphrase is the same as the current one")])
    convert_file(path, old, new, after_swap=lambda: write_key_salt(path, key_salt, key=new))
    return old, new


def _must_exist(path: Path) -> None:
    if not path.is_file():
        raise ConversionError(_("{path} does not exist", path=path))


def existing_key(path: Path, passphrase: str | None, key: bytes | None) -> bytes:
    if key is not None:
        return key
    if passphrase is None:
        raise PassphraseRequiredError(path)
    return key_for(path, passphrase)


def convert_file(
    path: Path,
    source_key: bytes | None,
    target_key: bytes | None,
    *,
    before_swap: Callable[[], None] | None = None,
    after_swap: Callable[[], None] | None = None,
    take_lock: bool = True,
) -> None:
    """Write the converted copy beside ``path``, check it, then rename it into place.

    Until the rename the original file's data is not changed, and a failure removes
    the copy; the app's lock is held throughout (unless ``take_lock`` is False: a backup,
    which the app never opens as its database) so no leercoach writes meanwhile.
    """
    held = db_lock.acquire(path) if take_lock else None
    try:
        with (
            TempInProgress(path.parent, f".{path.name}{CONVERT_TEMP_MARK}") as temp,
            closing(_connect_alone(path, source_key)) as conn,
        ):
            try:
                expected = _export(conn, temp, target_key)
            except sqlite_errors() as error:
                raise ConversionError(
                    _(
                        "could not write the converted copy of {path} ({error}); {path} was "
                        "not changed",
                        path=path,
                        error=error,
                    )
                ) from error
            problems = verify_converted(temp, target_key, expected)
            if problems:
                raise ConversionError(
                    _(
                        "the converted copy of {path} failed its check and was removed; "
                        "{path} was not changed: {problem}",
                        path=path,
                        problem=problems[0],
                    )
                )
            fsync_file(temp)
            if before_swap is not None:
                before_swap()
            # The old file is not overwritten before it goes: on an SSD or a
            # copy-on-write file system an overwrite lands on other physical blocks,
            # so it would only give false comfort. Full-disk encryption is what
            # protects freed blocks.
            if os.name == "nt":
                conn.execute("COMMIT")  # Windows cannot rename over an open file
            os.replace(temp, path)
            if conn.in_transaction:
                conn.execute("COMMIT")
        fsync_dir(path.parent)
        # A -wal or -shm left by the old file must never be replayed into the new one.
        for suffix in JOURNALS:
            with suppress(FileNotFoundError):
                Path(f"{path}{suffix}").unlink()
        if after_swap is not None:
            after_swap()
    finally:
        if held is not None:
            held.release()


def _connect_alone(path: Path, key: bytes | None) -> Any:
    """A connection that is the only one to ``path``: FileInUseError while any other is open."""
    dbapi = sqlcipher()
    conn = connect_cipher(path, key)
    try:
        try:
            mode = str(conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0])
        except dbapi.OperationalError as error:
            text = str(error).lower()
            if "locked" in text or "busy" in text:
                raise FileInUseError(path) from None
            raise
        if mode.lower() != "delete":
            raise FileInUseError(path)
    except BaseException:
        conn.close()
        raise
    return conn


def _export(conn: Any, target: Path, target_key: bytes | None) -> Snapshot:
    """Copy every table, index and trigger into ``target`` with SQLCipher's sqlcipher_export.

    Leaves an exclusive transaction open on the source, so no other program can start
    reading or writing it before the copy is renamed into its place.
    """
    conn.execute(
        "ATTACH DATABASE ? AS converted KEY ?",
        [str(target), "" if target_key is None else key_literal(target_key)],
    )
    # One transaction: the counts and the copy come from the same snapshot. On an
    # error, closing the connection rolls back and detaches.
    conn.execute("BEGIN EXCLUSIVE")
    expected = _snapshot(conn, "main")
    conn.execute("SELECT sqlcipher_export('converted')")
    # sqlcipher_export copies schema and rows, not the header's user_version.
    conn.execute(f"PRAGMA converted.user_version = {expected.version:d}")
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE converted")
    conn.execute("BEGIN EXCLUSIVE")
    return expected


def _snapshot(conn: Any, schema: str) -> Snapshot:
    version = int(conn.execute(f"PRAGMA {schema}.user_version").fetchone()[0])
    tables = [
        str(row[0])
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master"
            " WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    counts = {
        table: int(
            conn.execute(
                f'SELECT count(*) FROM {schema}."{table.replace(chr(34), chr(34) * 2)}"'
            ).fetchone()[0]
        )
        for table in tables
    }
    return Snapshot(version, counts)


def verify_converted(path: Path, key: bytes | None, expected: Snapshot) -> list[str]:
    """Problems with the converted copy: damage, a different schema version or row count."""
    with path.open("rb") as file:
        head = file.read(len(SQLITE_HEADER))
    if (head == SQLITE_HEADER) != (key is None):
        return ["the copy is not " + ("encrypted" if key is not None else "a plain SQLite file")]
    try:
        if key is None:
            uri = read_only_uri(path)
            opened: Any = sqlite3.connect(uri, uri=True, isolation_level=None)
        else:
            opened = connect_cipher(path, key, read_only=True)
        with closing(opened) as conn:
            problems = [
                str(row[0]) for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"
            ]
            if key is not None:
                # Every page's HMAC: integrity_check alone reads only what the b-trees reach.
                problems += [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
            found = _snapshot(conn, "main")
    except sqlite_errors() as error:
        return [str(error)]
    if found.version != expected.version:
        problems.append(f"schema version {found.version}, expected {expected.version}")
    if found.counts != expected.counts:
        differ = sorted(
            name
            for name in set(found.counts) | set(expected.counts)
            if found.counts.get(name) != expected.counts.get(name)
        )
        problems.append(f"row counts differ in {', '.join(differ)}")
    return problems
