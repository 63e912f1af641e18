"""How to open one database file again, exactly as it was opened: its path and its key.

Every second connection (a background backup, the integrity check, an HR export in a
worker thread, erasure from backups, a restore at start-up) goes through an ``Access``,
so no code outside the store ever fetches, derives or passes a key by hand, and an
encrypted database is never opened without its key by a caller that forgot it. The
key is held in the object and never shown (``repr`` leaves it out).
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leercoach.store import connections, crypto

if TYPE_CHECKING:
    from leercoach.store.base import Clock
    from leercoach.store.store import Store

# Opening another connection waits this long for a busy file, like the store itself.
BUSY_TIMEOUT_SECONDS = 5.0


@dataclass(frozen=True, eq=False)
class Access:
    """A database file and, when it is encrypted, the key that opens it."""

    path: Path
    key: bytes | None = field(default=None, repr=False)

    @classmethod
    def unlock(cls, path: Path, passphrase: str | None = None) -> Access:
        """The access to an existing file: a plain file needs nothing, an encrypted one
        its passphrase (PassphraseRequiredError without, WrongPassphraseError when it
        does not open the file)."""
        path = Path(path).expanduser()
        if not crypto.is_encrypted(path):
            return cls(path)
        if passphrase is None:
            raise crypto.PassphraseRequiredError(path)
        access = cls(path, crypto.key_for(path, passphrase))
        access.verify()
        return access

    @classmethod
    def derive(cls, path: Path, passphrase: str) -> Access:
        """The access an encrypted file's passphrase gives, without checking it against
        the file (which may be damaged): what recovery tries on the backups."""
        path = Path(path).expanduser()
        if not crypto.is_encrypted(path):
            return cls(path)
        return cls(path, crypto.key_for(path, passphrase))

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def key_id(self) -> str | None:
        """A short fingerprint of the key, to tell which backups it opens without trying.

        A one-way hash of the 256-bit argon2id output: knowing it helps an attacker no
        more than the encrypted file itself, which checks a guessed key just as well.
        """
        return None if self.key is None else crypto.key_fingerprint(self.key)

    def open(
        self,
        *,
        exclusive: bool = False,
        clock: Clock | None = None,
        upgrade: bool = True,
        read_only: bool = False,
    ) -> Store:
        """Another Store on this file; not exclusive unless asked (the first one holds the lock),
        read-only when asked (``Store.open``)."""
        from leercoach.store.base import local_now
        from leercoach.store.store import Store

        return Store.open(
            self.path,
            key=self.key,
            exclusive=exclusive,
            clock=clock or local_now,
            upgrade=upgrade,
            read_only=read_only,
        )

    def for_copy(self, path: Path) -> Access:
        """The same key for another file (a backup, a copy set aside): encrypted copies of
        an encrypted database share its key; a plain copy needs none."""
        path = Path(path).expanduser()
        return Access(path, self.key if crypto.is_encrypted(path) else None)

    def at(self, path: Path) -> Access:
        """This key for a copy being written (which has no ``.salt`` beside it yet)."""
        return Access(Path(path), self.key)

    def connect(self, *, read_only: bool = False, timeout: float = BUSY_TIMEOUT_SECONDS) -> Any:
        """A raw DB-API connection (autocommit) to this file, through the library that
        belongs to it: sqlcipher3 for an encrypted file, sqlite3 for a plain one."""
        import sqlite3

        if self.key is not None:
            return connections.connect_cipher(
                self.path, self.key, read_only=read_only, timeout=timeout
            )
        if read_only:
            uri = connections.read_only_uri(self.path)
            return sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
        return sqlite3.connect(self.path, timeout=timeout, isolation_level=None)

    def verify(self) -> None:
        """Raise WrongPassphraseError unless the key opens the file."""
        with closing(self.connect(read_only=True)):
            pass
