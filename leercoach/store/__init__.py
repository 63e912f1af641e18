"""Storage: a real SQLite file through sqlite-utils, schema from numbered migrations."""

from leercoach.store.actions import DeletedAction
from leercoach.store.conversations import EarlierAnswer
from leercoach.store.employees import ImportOutcome
from leercoach.store.errors import (
    DamagedDatabaseError,
    NoDatabaseError,
    NotFoundError,
    NotWritableError,
    ReadOnlyError,
    SchemaTooNewError,
    StoreError,
    ValidationError,
)
from leercoach.store.lock import DatabaseInUseError
from leercoach.store.store import Store

__all__ = [
    "DamagedDatabaseError",
    "DatabaseInUseError",
    "DeletedAction",
    "EarlierAnswer",
    "ImportOutcome",
    "NoDatabaseError",
    "NotFoundError",
    "NotWritableError",
    "ReadOnlyError",
    "SchemaTooNewError",
    "Store",
    "StoreError",
    "ValidationError",
]
