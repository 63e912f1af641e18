"""Numbered SQL migrations from ``db/migrations``, tracked with ``PRAGMA user_version``.

A migration may have a Python step, run after its SQL in the same transaction: the
caller passes them by the migration's topic (the name without number and ``.sql``), so
a migration keeps its step when it is renumbered.

Several processes may open a new or old file at the same moment (the app, a CLI
command, a backup check). Each migration runs under the write lock (``BEGIN
IMMEDIATE``) and first reads ``user_version`` again inside it: whoever got the lock
second finds the step done and skips it. A migration's statements, its Python step and
its ``user_version`` bump are one transaction, so a file is never half migrated.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from leercoach.paths import migrations_dir
from leercoach.store.errors import SchemaTooNewError, StoreError

MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
Step = Callable[[sqlite_utils.Database], object]


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    @property
    def topic(self) -> str:
        """``deck_snapshots`` for ``NNNN_deck_snapshots.sql``."""
        match = MIGRATION_NAME.match(self.name)
        return match.group(2) if match else self.name


def load_migrations(folder: Path | None = None) -> list[Migration]:
    folder = folder or migrations_dir()
    found: list[Migration] = []
    for path in sorted(folder.glob("*.sql")):
        match = MIGRATION_NAME.match(path.name)
        if not match:
            raise StoreError(f"{path}: migration files are named NNNN_description.sql")
        found.append(Migration(int(match.group(1)), path.name, path.read_text("utf-8")))
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise StoreError(f"{folder}: expected migration {expected:04d}, found {migration.name}")
    return found


def schema_version(db: sqlite_utils.Database) -> int:
    row = db.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def check_not_newer(db: sqlite_utils.Database, path: Path, migrations: list[Migration]) -> None:
    found = schema_version(db)
    known = len(migrations)
    if found > known:
        raise SchemaTooNewError(path, found, known)


def statements(sql: str) -> list[str]:
    """The statements of a migration script, one by one.

    ``executescript`` would commit the open transaction first, so each statement is
    executed on its own; ``sqlite3.complete_statement`` knows that the semicolons
    inside CREATE TRIGGER … END, a string or a comment do not end one.
    """
    found: list[str] = []
    current = ""
    for piece in sql.split(";")[:-1]:
        current += piece + ";"
        if sqlite3.complete_statement(current):
            found.append(current.strip())
            current = ""
    rest = current + sql.rsplit(";", 1)[-1]
    if rest.strip():
        # A last statement without its semicolon, or only comments (executing those is a no-op).
        found.append(rest.strip())
    return found


def migrate(
    db: sqlite_utils.Database,
    migrations: list[Migration],
    target: int | None = None,
    *,
    steps: Mapping[str, Step] | None = None,
) -> int:
    """Apply the missing migrations in order, each in its own transaction; return the version.

    ``steps`` maps a migration's topic to the Python step that follows its SQL.
    """
    target = len(migrations) if target is None else target
    while schema_version(db) < target:
        # The write lock first, then the version again: another process may have
        # applied this step while we waited (the busy timeout) for the lock.
        db.execute("BEGIN IMMEDIATE")
        try:
            current = schema_version(db)
            if current < target:
                migration = migrations[current]
                for statement in statements(migration.sql):
                    db.execute(statement)
                step = (steps or {}).get(migration.topic)
                if step is not None:
                    step(db)
                # user_version lives in the file header and is part of this transaction.
                db.execute(f"PRAGMA user_version = {migration.version:d}")
            db.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise
    return schema_version(db)
