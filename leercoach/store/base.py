"""What every repository shares: the database, the clock, row helpers, a cache for bulk writes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import sqlite_utils

from leercoach.language import _
from leercoach.store.errors import AMBIGUOUS, NotFoundError, ValidationError
from leercoach.store.rows import Row, stamp_text

Clock = Callable[[], datetime]
# Page cache for bulk writes (negative: KiB), against SQLite's default of 2 MB.
BULK_CACHE_KIB = -256 * 1024


def local_now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Repository:
    def __init__(self, db: sqlite_utils.Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def now_text(self) -> str:
        return stamp_text(self.clock())

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One user action = one transaction; nests as a savepoint."""
        with self.db.atomic() as db:
            yield db

    def rows(self, sql: str, params: Any = ()) -> list[Row]:
        cursor = self.db.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]

    def by_id_or_prefix(self, table: str, id_or_prefix: str) -> Row:
        """The row of ``table`` (``employee``, ``conversation``) whose id is ``id_or_prefix``
        or uniquely starts with it, as people copy ids from a list."""
        prefix = id_or_prefix.strip().lower()
        if len(prefix) < 4:
            raise ValidationError([_("id: give at least the first 4 characters of the id")])
        found = self.rows(
            f"SELECT * FROM {table} WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
            [prefix, prefix + "\uffff"],
        )
        if not found:
            raise NotFoundError(table, id_or_prefix)
        if len(found) > 1 and found[0]["id"] != prefix:
            raise ValidationError([_(AMBIGUOUS[table], id=repr(id_or_prefix))])
        return found[0]

    def one(self, sql: str, params: Any, what: str, identifier: str) -> Row:
        found = self.rows(sql, params)
        if not found:
            raise NotFoundError(what, identifier)
        return found[0]


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
