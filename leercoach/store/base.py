"""What every repository shares: the database, the clock, and row helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import sqlite_utils

from leercoach.store.errors import NotFoundError
from leercoach.store.rows import Row, stamp_text

Clock = Callable[[], datetime]


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

    def one(self, sql: str, params: Any, what: str, identifier: str) -> Row:
        found = self.rows(sql, params)
        if not found:
            raise NotFoundError(what, identifier)
        return found[0]
