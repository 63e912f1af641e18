"""Writing demo records in bulk: a chunk per transaction, one INSERT statement per table."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import sqlite_utils

# The tables in the order their rows may be written (parents before children).
ORDER = (
    "employee",
    "growth_phase_change",
    "conversation",
    "conversation_event",
    "answer",
    "growth_cycle",
    "goal",
    "action",
    "action_event",
    "planned_talk",
)
STAGE_PREFIX = "demo_stage_"


@dataclass
class Batch:
    """The records of one chunk of people, by table, in the order they were made."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: str, record: dict[str, Any]) -> None:
        self.tables.setdefault(table, []).append(record)


def write(db: sqlite_utils.Database, batch: Batch) -> None:
    """One transaction per chunk, one INSERT statement per table.

    The rows go to a temporary table first and then over in one INSERT … SELECT. A
    statement per row would make the full-text triggers flush FTS5's buffer at every
    statement (a savepoint each), writing a tiny index segment per row: about seven
    times slower for the whole build.
    """
    with db.atomic():
        for table in ORDER:
            records = batch.tables.get(table)
            if not records:
                continue
            columns = list(records[0])
            names = ", ".join(columns)
            stage = f"temp.{STAGE_PREFIX}{table}"
            db.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {STAGE_PREFIX}{table} AS"
                f" SELECT {names} FROM main.{table} WHERE 0"
            )
            # itemgetter fails loudly if a record of this table lacks one of the columns.
            values = map(itemgetter(*columns), records)
            db.conn.executemany(
                f"INSERT INTO {stage} VALUES ({', '.join('?' for _ in columns)})", values
            )
            db.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM {stage}")
            db.execute(f"DELETE FROM {stage}")


def drop_stages(db: sqlite_utils.Database) -> None:
    for table in ORDER:
        db.execute(f"DROP TABLE IF EXISTS temp.{STAGE_PREFIX}{table}")
