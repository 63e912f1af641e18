"""The one door to the data: the CLI and the UI use this, never SQL of their own."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

import filelock
import sqlite_utils

from leercoach.store import lock as db_lock
from leercoach.store.access import Access
from leercoach.store.actions import Actions
from leercoach.store.base import Clock, local_now
from leercoach.store.conversations import Conversations
from leercoach.store.cycles import Cycles
from leercoach.store.database import connect, database_key, ensure_parent
from leercoach.store.deck_snapshots import DeckSnapshots
from leercoach.store.employees import Employees
from leercoach.store.migrations import Migration, schema_version
from leercoach.store.reporting import Reporting
from leercoach.store.search import Search


class Store:
    """An open leercoach database.

    >>> store = Store.open(path)
    >>> anna = store.employees.add(EmployeeDraft(name="Anna Peeters"))
    """

    def __init__(
        self,
        db: sqlite_utils.Database,
        path: Path,
        clock: Clock = local_now,
        lock: filelock.BaseFileLock | None = None,
    ) -> None:
        self.db = db
        self.path = path
        self.access = Access(path, database_key(db))
        self.clock = clock
        self._lock = lock
        self.closed = False
        self.employees = Employees(db, clock)
        self.conversations = Conversations(db, clock)
        self.actions = Actions(db, clock)
        self.cycles = Cycles(db, clock)
        self.decks = DeckSnapshots(db, clock)
        self.reporting = Reporting(db, clock, self.decks)
        self.search = Search(db, clock)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        clock: Clock = local_now,
        migrations: list[Migration] | None = None,
        exclusive: bool = True,
        passphrase: str | None = None,
        key: bytes | None = None,
        remember: bool = False,
        upgrade: bool = True,
    ) -> Store:
        """Open (create, upgrade) the file; ``exclusive`` refuses a second writer on it.

        An encrypted file (``crypto.needs_passphrase(path)``) needs ``passphrase`` or
        the derived ``key``; without, PassphraseRequiredError, and a wrong one gives
        WrongPassphraseError (both in ``leercoach.store.crypto``). A new file given a
        passphrase is created encrypted. ``remember=True`` lets the OS keyring keep
        the key after a successful open and supply it next time, when a keyring exists.
        A second connection to an open store comes from ``store.sibling()``.
        """
        path = Path(path).expanduser()
        ensure_parent(path)
        held = db_lock.acquire(path) if exclusive else None
        try:
            db = connect(
                path,
                migrations,
                passphrase=passphrase,
                key=key,
                remember=remember,
                upgrade=upgrade,
            )
        except BaseException:
            if held is not None:
                held.release()
            raise
        return cls(db, path, clock, held)

    def sibling(self) -> Store:
        """Another connection to this file, opened exactly like this one (path, key, clock),
        never exclusive: for a worker thread, a backup, a check or an export. Safe to call
        from any thread; the caller closes it."""
        return self.access.open(clock=self.clock)

    def close(self) -> None:
        self.closed = True
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return schema_version(self.db)

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity and foreign-key checks; empty when healthy."""
        problems = [
            str(row[0])
            for row in self.db.execute("PRAGMA integrity_check").fetchall()
            if row[0] != "ok"
        ]
        for table, rowid, parent, _ in self.db.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"{table} row {rowid} points to a missing {parent}")
        return problems

    def setting(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
