"""Storage: a real SQLite file through sqlite-utils, schema from numbered migrations.

This is the store's public face: the UI and the command line import from here, never
from a module inside the package. Everything here is loaded with ``Store`` anyway.
"""

from leercoach.store.access import Access
from leercoach.store.actions import DeletedAction
from leercoach.store.conversations import EarlierAnswer
from leercoach.store.crypto import (
    EncryptionUnavailableError,
    PassphraseRequiredError,
    WrongPassphraseError,
    needs_passphrase,
)
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
from leercoach.store.search import HitKind, SearchHit
from leercoach.store.store import Store

__all__ = [
    "Access",
    "DamagedDatabaseError",
    "DatabaseInUseError",
    "DeletedAction",
    "EarlierAnswer",
    "EncryptionUnavailableError",
    "HitKind",
    "ImportOutcome",
    "NoDatabaseError",
    "NotFoundError",
    "NotWritableError",
    "PassphraseRequiredError",
    "ReadOnlyError",
    "SchemaTooNewError",
    "SearchHit",
    "Store",
    "StoreError",
    "ValidationError",
    "WrongPassphraseError",
    "needs_passphrase",
]
