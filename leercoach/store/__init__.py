"""Storage: a real SQLite file through sqlite-utils, schema from numbered migrations.

This is the store's public face: the UI imports from here, never from a module inside
the package. What is imported below loads with ``Store`` anyway; the demo builder is
big and rarely needed, so ``DemoSummary`` loads when first asked for (PEP 562).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from leercoach.lazy import load
from leercoach.store.access import Access
from leercoach.store.actions import DeletedAction
from leercoach.store.conversations import EarlierAnswer, Reflection
from leercoach.store.crypto import (
    EncryptionUnavailableError,
    PassphraseRequiredError,
    WrongPassphraseError,
    needs_passphrase,
)
from leercoach.store.drafts import DiscardedDraft
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

if TYPE_CHECKING:
    from leercoach.store.demo import DemoSummary

_LAZY = {"DemoSummary": "demo"}

__all__ = [
    "Access",
    "DamagedDatabaseError",
    "DatabaseInUseError",
    "DeletedAction",
    "DemoSummary",
    "DiscardedDraft",
    "EarlierAnswer",
    "EncryptionUnavailableError",
    "HitKind",
    "ImportOutcome",
    "NoDatabaseError",
    "NotFoundError",
    "NotWritableError",
    "PassphraseRequiredError",
    "ReadOnlyError",
    "Reflection",
    "SchemaTooNewError",
    "SearchHit",
    "Store",
    "StoreError",
    "ValidationError",
    "WrongPassphraseError",
    "needs_passphrase",
]


def __getattr__(name: str) -> Any:
    return load(__name__, _LAZY, globals(), name)
