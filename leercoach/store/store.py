"""The one door to the data: the CLI and the UI use this, never SQL of their own."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

import filelock
import sqlite_utils

from leercoach.store import connections
from leercoach.store import lock as db_lock
from leercoach.store.access import Access
from leercoach.store.actions import Actions
from leercoach.store.base import Clock, local_now
from leercoach.store.calendar import CalendarRows
from leercoach.store.conversations import Conversations
from leercoach.store.cycles import Cycles
from leercoach.store.database import connect, database_key, ensure_parent, ensure_writable
from leercoach.store.deck_snapshots import DeckSnapshots
from leercoach.store.drafts import Drafts
from leercoach.store.employees import Employees
from leercoach.store.errors import is_damage
from leercoach.store.feedforward import FeedforwardReader
from leercoach.store.kpi import Kpi
from leercoach.store.migrations import Migration, schema_version
from leercoach.store.overview import Overview
from leercoach.store.person_rows import PersonRows
from leercoach.store.preparations import Preparations
from leercoach.store.reporting import Reporting
from leercoach.store.search import Search
from leercoach.store.settings import SettingsRepository
from leercoach.store.talk_plans import TalkPlans
from leercoach.store.talking_points import TalkingPoints
from leercoach.store.trends import Trends
from leercoach.store.week import WeekRepository


def checked(db: sqlite_utils.Database, pragma: str) -> list[str]:
    """What ``PRAGMA integrity_check`` (or ``quick_check``) and ``foreign_key_check`` find.

    Damage so bad that SQLite stops checking ("database disk image is malformed") is the
    one problem found, not an error: finding damage is what a check is for.
    """
    try:
        problems = [
            str(row[0]) for row in db.execute(f"PRAGMA {pragma}").fetchall() if row[0] != "ok"
        ]
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"{table} row {rowid} points to a missing {parent}")
    except connections.database_errors() as error:
        if not is_damage(error):
            raise
        return [str(error)]
    return problems


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
        *,
        read_only: bool = False,
    ) -> None:
        self.db = db
        self.path = path
        self.access = Access(path, database_key(db))
        self.clock = clock
        self.read_only = read_only
        self._lock = lock
        self.closed = False
        self.employees = Employees(db, clock)
        self.conversations = Conversations(db, clock)
        self.actions = Actions(db, clock)
        self.drafts = Drafts(db, clock)
        self.cycles = Cycles(db, clock)
        self.decks = DeckSnapshots(db, clock)
        self.settings = SettingsRepository(db, clock)
        self.reporting = Reporting(db, clock, self.decks, self.settings)
        self.search = Search(db, clock)
        self.person_rows = PersonRows(db, clock)
        self.talk_plans = TalkPlans(db, clock)
        self.week = WeekRepository(db, clock, self.talk_plans)
        self.kpi = Kpi(db, clock)
        self.trends = Trends(db, clock, self.decks)
        self.feedforward = FeedforwardReader(db, clock, self.trends)
        self.overview = Overview(db, clock, self.talk_plans, self.decks, self.reporting)
        self.calendar = CalendarRows(db, clock)
        self.talking_points = TalkingPoints(db, clock)
        self.preparations = Preparations(db, clock)

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
        read_only: bool = False,
    ) -> Store:
        """Open (create, upgrade) the file; ``exclusive`` refuses a second writer on it.

        ``read_only`` (what every command that only reads uses): SQLite's mode=ro, never
        exclusive. It creates no file and no lock (NoDatabaseError when there is none),
        sets no journal mode, and writes nothing, except an older schema's upgrade when
        ``upgrade``. A writer (``exclusive``) on a file or folder it cannot write is
        refused at once with NotWritableError.

        An encrypted file (``crypto.needs_passphrase(path)``) needs ``passphrase`` or
        the derived ``key``; without, PassphraseRequiredError, and a wrong one gives
        WrongPassphraseError (both in ``leercoach.store.crypto``). A new file given a
        passphrase is created encrypted. ``remember=True`` lets the OS keyring keep
        the key after a successful open and supply it next time, when a keyring exists.
        A second connection to an open store comes from ``store.sibling()``.
        """
        path = Path(path).expanduser()
        if not read_only:
            ensure_parent(path)
            if exclusive:
                ensure_writable(path)
        held = db_lock.acquire(path) if exclusive and not read_only else None
        try:
            db = connect(
                path,
                migrations,
                passphrase=passphrase,
                key=key,
                remember=remember,
                upgrade=upgrade,
                read_only=read_only,
            )
        except BaseException:
            if held is not None:
                held.release()
            raise
        return cls(db, path, clock, held, read_only=read_only)

    def sibling(self) -> Store:
        """Another connection to this file, opened exactly like this one (path, key, clock,
        read-only or not), never exclusive: for a worker thread, a backup, a check or an
        export. Safe to call from any thread; the caller closes it."""
        return self.access.open(clock=self.clock, read_only=self.read_only)

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
        return checked(self.db, "integrity_check")

    def setting(self, key: str, default: str = "") -> str:
        """One row of the setting table as stored; the manager's settings, typed, are
        ``store.settings.read()``."""
        return self.settings.value(key, default)

    def set_setting(self, key: str, value: str) -> None:
        self.settings.set_value(key, value)
