"""Encryption at rest: SQLCipher, keyed with a raw key that argon2id derives from a passphrase.

A leercoach database is either a plain SQLite file or an SQLCipher file. For an
encrypted one, the 256-bit key is derived from the passphrase with argon2id and a
random per-database salt. The salt and the KDF parameters are not secret but must be
readable before the key is known, so they live in a small JSON sidecar ``<db>.salt``
(owner-only). The passphrase itself is never stored; the derived key may be, in the
OS keyring, only when asked (``remember=True``, ``leercoach.store.remembered``).

The salt stays the same for the life of an encrypted file, across passphrase changes.
That is what makes a passphrase change a single atomic rename: a new salt would mean
swapping two files (database and sidecar), and a crash between the two renames would
leave a database that neither passphrase opens. Reusing the salt for a new passphrase
on the same file gives an attacker nothing the old passphrase did not.

One file is only ever opened through one SQLite library in a process at a time:
encrypted files through ``sqlcipher3``, plain files through the standard ``sqlite3``
(``leercoach.store.connections``). Two libraries in one process do not see each other's
POSIX locks, and closing a connection in one drops the locks the other holds, which can
corrupt the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from leercoach.files import fsync_dir, fsync_file, private_temp
from leercoach.language import _
from leercoach.store.errors import StoreError, ValidationError

SQLITE_HEADER = b"SQLite format 3\x00"
SIDECAR_SUFFIX = ".salt"
SIDECAR_FORMAT = "leercoach-key-salt"
SIDECAR_VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
MIN_PASSPHRASE_LENGTH = 8

# A KDF parameter outside these bounds in a sidecar is refused: a tampered sidecar asking
# for a terabyte of memory must not hang the app.
TIME_COST_RANGE = range(1, 101)
MEMORY_KIB_RANGE = range(8, 4 * 1024 * 1024 + 1)
PARALLELISM_RANGE = range(1, 65)


@dataclass(frozen=True)
class KdfParams:
    """argon2id parameters. The defaults took 0.35-0.43 s (9 runs) on the 2-core
    development machine; an attacker pays the same 512 MiB-passes per guess however many
    cores they have, while four lanes let a user's laptop spread the work."""

    time_cost: int = 4
    memory_kib: int = 128 * 1024
    parallelism: int = 4

    def check(self) -> None:
        if (
            self.time_cost not in TIME_COST_RANGE
            or self.memory_kib not in MEMORY_KIB_RANGE
            or self.parallelism not in PARALLELISM_RANGE
            or self.memory_kib < 8 * self.parallelism
        ):
            raise StoreError(f"unusable key derivation parameters {self}")


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class KeySalt:
    """What the sidecar holds: the salt and how the key is derived; neither is secret."""

    salt: bytes
    kdf: KdfParams = DEFAULT_KDF
    # The fingerprint of the key this file was last written with (``key_fingerprint``):
    # lets ``backups list`` tell backups under the current passphrase from older ones.
    key_id: str | None = None

    def to_json(self) -> str:
        extra = {} if self.key_id is None else {"key_id": self.key_id}
        return json.dumps(
            {
                "format": SIDECAR_FORMAT,
                "version": SIDECAR_VERSION,
                "salt": self.salt.hex(),
                "kdf": {
                    "algorithm": "argon2id",
                    "argon2_version": 19,
                    "time_cost": self.kdf.time_cost,
                    "memory_kib": self.kdf.memory_kib,
                    "parallelism": self.kdf.parallelism,
                    "key_bytes": KEY_BYTES,
                },
                "cipher": "sqlcipher4",
                **extra,
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> KeySalt:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != SIDECAR_FORMAT:
            raise ValueError("not a leercoach salt file")
        if data.get("version") != SIDECAR_VERSION:
            raise ValueError(f"version {data.get('version')!r} is not one this leercoach knows")
        kdf = data["kdf"]
        if kdf.get("algorithm") != "argon2id" or kdf.get("key_bytes") != KEY_BYTES:
            raise ValueError(f"unknown key derivation {kdf.get('algorithm')!r}")
        salt = bytes.fromhex(data["salt"])
        if len(salt) < SALT_BYTES:
            raise ValueError("the salt is too short")
        params = KdfParams(int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"]))
        key_id = data.get("key_id")
        return cls(salt, params, key_id if isinstance(key_id, str) else None)


class PassphraseRequiredError(ValidationError):
    """The file is encrypted and no passphrase (or key) was given.

    A ValidationError, so the command line answers it with exit code 2 (bad input).
    """

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(
            [
                _(
                    "{path} is encrypted: give its passphrase to open it ({detail})",
                    path=path,
                    detail=detail,
                )
                if detail
                else _("{path} is encrypted: give its passphrase to open it", path=path)
            ]
        )
        self.path = path


class WrongPassphraseError(ValidationError):
    """The passphrase (or key) does not open the file; nothing was changed."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            [
                _(
                    "the passphrase does not open {path}: it is wrong, or the {suffix} file "
                    "next to it belongs to another database. Nothing was changed.",
                    path=path,
                    suffix=SIDECAR_SUFFIX,
                )
            ]
        )
        self.path = path


class EncryptionUnavailableError(StoreError):
    """The SQLCipher library (the sqlcipher3 package) cannot be loaded on this computer."""


# The sidecar ---------------------------------------------------------------------------------


def sidecar_path(db_path: Path) -> Path:
    return Path(f"{db_path}{SIDECAR_SUFFIX}")


def is_encrypted(path: Path) -> bool:
    """True when ``path`` is an SQLCipher file: no SQLite header, and a salt sidecar beside it.

    A file without the header and without a sidecar is treated as damaged, not as
    encrypted: without the salt it could not be opened anyway.
    """
    try:
        with Path(path).expanduser().open("rb") as file:
            head = file.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return (
        len(head) == len(SQLITE_HEADER)
        and head != SQLITE_HEADER
        and sidecar_path(Path(path).expanduser()).is_file()
    )


def needs_passphrase(path: Path) -> bool:
    """Whether opening ``path`` needs a passphrase: what the GUI asks before ``Store.open``."""
    return is_encrypted(path)


def is_new(path: Path) -> bool:
    """No database yet: missing, or the empty file created before SQLite wrote to it."""
    try:
        return path.stat().st_size == 0 and not Path(f"{path}-wal").exists()
    except FileNotFoundError:
        return True


def new_key_salt(kdf: KdfParams | None = None) -> KeySalt:
    return KeySalt(os.urandom(SALT_BYTES), kdf or DEFAULT_KDF)


def read_key_salt(db_path: Path) -> KeySalt:
    path = sidecar_path(db_path)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise StoreError(
            _(
                "{path} is missing: it holds the salt needed to open the encrypted {name}",
                path=path,
                name=db_path.name,
            )
        ) from None
    try:
        found = KeySalt.from_json(text)
    except (ValueError, KeyError, TypeError) as error:
        raise StoreError(_("{path} cannot be read: {error}", path=path, error=error)) from None
    found.kdf.check()
    return found


def write_key_salt(db_path: Path, key_salt: KeySalt, *, key: bytes | None = None) -> None:
    """Write the sidecar owner-only, whole or not at all; with ``key``, its fingerprint too."""
    if key is not None:
        key_salt = replace(key_salt, key_id=key_fingerprint(key))
    target = sidecar_path(db_path)
    temp = private_temp(target.parent, f".{target.name}-")
    try:
        temp.write_text(key_salt.to_json() + "\n", "utf-8")
        fsync_file(temp)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


# Keys ----------------------------------------------------------------------------------------


def check_new_passphrase(passphrase: str) -> None:
    if passphrase and not passphrase.strip():
        # Eight spaces pass the length rule, but anyone can guess them.
        raise ValidationError(
            [_("a passphrase of only spaces, tabs or line breaks is no passphrase; use a sentence")]
        )
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            [
                _(
                    "a passphrase needs at least {count} characters (a sentence is best)",
                    count=MIN_PASSPHRASE_LENGTH,
                )
            ]
        )


def derive_key(passphrase: str, key_salt: KeySalt) -> bytes:
    """The raw 256-bit key; slow on purpose (see KdfParams)."""
    from argon2.low_level import Type, hash_secret_raw

    key_salt.kdf.check()
    # NFC: the same passphrase typed with "é" as one or as two code points gives one key.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hash_secret_raw(
        secret,
        key_salt.salt,
        time_cost=key_salt.kdf.time_cost,
        memory_cost=key_salt.kdf.memory_kib,
        parallelism=key_salt.kdf.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def key_for(db_path: Path, passphrase: str) -> bytes:
    """The key of an existing encrypted database (not yet checked against the file)."""
    return derive_key(passphrase, read_key_salt(db_path))


def key_fingerprint(key: bytes) -> str:
    """A short one-way fingerprint of a key: knowing it helps an attacker no more than the
    encrypted file itself, which checks a guessed key just as well."""
    return hashlib.blake2b(key, digest_size=8, person=b"leercoach-key").hexdigest()


def key_literal(key: bytes) -> str:
    """SQLCipher's raw-key syntax: the key is used as is, SQLCipher's own KDF is skipped."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"a key is {KEY_BYTES} bytes, not {len(key)}")
    return f"x'{key.hex()}'"


def key_for_open(
    path: Path, *, passphrase: str | None, key: bytes | None, remember: bool
) -> tuple[bytes | None, bool]:
    """(the key to open ``path`` with, or None for a plain file; whether it came from the keyring).

    A new file with a passphrase becomes a new encrypted database: its sidecar is
    written first, so an encrypted file never exists without its salt. A passphrase
    given for an existing plain file is not used (``leercoach encrypt`` converts it).
    """
    if is_encrypted(path):
        if key is not None:
            return key, False
        if passphrase is not None:
            return key_for(path, passphrase), False
        if remember:
            from leercoach.store.remembered import remembered_key

            found = remembered_key(path)
            if found is not None:
                return found, True
        raise PassphraseRequiredError(path)
    if is_new(path) and passphrase is not None:
        check_new_passphrase(passphrase)
        key_salt = new_key_salt()
        write_key_salt(path, key_salt)
        return derive_key(passphrase, key_salt), False
    if is_new(path) and key is not None:
        if not sidecar_path(path).is_file():
            raise StoreError(
                _(
                    "a new encrypted database needs its {suffix} file first, or a passphrase "
                    "instead of a key",
                    suffix=SIDECAR_SUFFIX,
                )
            )
        return key, False
    return None, False
