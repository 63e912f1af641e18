"""Numbered SQL migrations from ``db/migrations``, tracked with ``PRAGMA user_version``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from leercoach.paths import migrations_dir
from leercoach.store.errors import SchemaTooNewError, StoreError

MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


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


def migrate(
    db: sqlite_utils.Database, migrations: list[Migration], target: int | None = None
) -> int:
    """Apply the missing migrations in order, each in its own transaction; return the version."""
    current = schema_version(db)
    target = len(migrations) if target is None else target
    for migration in migrations[current:target]:
        with db.atomic():
            db.executescript(migration.sql)
            # user_version lives in the file header and is part of this transaction.
            db.execute(f"PRAGMA user_version = {migration.version:d}")
    return schema_version(db)
