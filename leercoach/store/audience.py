"""Whose conversation it is, in the database: the Python step after migration ``audience``.

Migration 0018 gives every conversation an audience (``domain.deck.Audience``). This
step, in the same transaction:

1. lifts NOT NULL from ``conversation.employee_id``: a self-check is about no one. SQLite
   cannot drop a NOT NULL with ALTER TABLE; its documentation ("ALTER TABLE", the simpler
   procedure for changes that do not touch the stored rows) allows editing the table's
   text in ``sqlite_schema`` under ``PRAGMA writable_schema`` with a ``schema_version``
   bump, inside the transaction. Removing a NOT NULL is such a change: every row stays
   valid and no index, trigger or view depends on it. It is the same on a file encrypted
   by SQLCipher (the page format is below the schema);
2. fills in the audience: the stored deck snapshot's where it names one, else the kinds
   that were the manager's own before decks said so (feedforward, reflectie);
3. takes the manager's records about no one (``domain.deck.about_no_one``: the
   self-checks) off the people they were attached to: they were never about them. A
   feedforward preparation stays with the person it prepares a talk with;
4. recounts ``talk_tally`` from the conversations that are talks by the new rule.
"""

from __future__ import annotations

import json

import sqlite_utils

from leercoach.domain.deck import Audience, DeckKind, about_no_one
from leercoach.store.errors import StoreError

# The kinds that were the manager's own while the deck kind decided it (migrations 0013
# to 0016): the audience of a conversation whose snapshot does not name one.
OLD_MANAGERS_OWN_KINDS = frozenset({DeckKind.FEEDFORWARD, DeckKind.REFLECTIE})

_NOT_NULL = "employee_id     TEXT NOT NULL REFERENCES employee (id) ON DELETE CASCADE"
_NULLABLE = "employee_id     TEXT REFERENCES employee (id) ON DELETE CASCADE"

RECOUNT_TALK_TALLY = (
    "INSERT INTO talk_tally (employee_id, deck_kind, year, talks, last_at, last_slug)"
    " SELECT employee_id, COALESCE(deck_kind, ''), substr(first_completed_at, 1, 4),"
    " COUNT(*), MAX(first_completed_at), deck_slug FROM conversation"
    " WHERE first_completed_at IS NOT NULL AND audience = 'employee'"
    " GROUP BY employee_id, COALESCE(deck_kind, ''), substr(first_completed_at, 1, 4)"
)


def backfill(db: sqlite_utils.Database) -> None:
    """The four steps above; the caller holds the migration's transaction."""
    allow_no_employee(db)
    kinds = sorted(kind.value for kind in OLD_MANAGERS_OWN_KINDS)
    db.execute(
        f"UPDATE conversation SET audience = 'manager' WHERE deck_kind IN ({_marks(kinds)})",
        kinds,
    )
    for digest, content in db.execute("SELECT hash, content FROM deck_snapshot").fetchall():
        audience = json.loads(content).get("audience")
        if audience is not None:
            db.execute(
                "UPDATE conversation SET audience = ? WHERE deck_hash = ?",
                [Audience(audience).value, digest],
            )
    for kind in {kind.value for kind in DeckKind if about_no_one(Audience.MANAGER, kind)}:
        db.execute(
            "UPDATE conversation SET employee_id = NULL"
            " WHERE audience = 'manager' AND deck_kind = ?",
            [kind],
        )
    db.execute("DELETE FROM talk_tally")
    db.execute(RECOUNT_TALK_TALLY)


def allow_no_employee(db: sqlite_utils.Database) -> None:
    """Lift NOT NULL from ``conversation.employee_id`` by editing the schema's text."""
    (sql,) = db.execute(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'conversation'"
    ).fetchone()
    if sql.count(_NOT_NULL) != 1:
        raise StoreError("conversation.employee_id is not as migration 0001 made it")
    (version,) = db.execute("PRAGMA schema_version").fetchone()
    db.execute("PRAGMA writable_schema = ON")
    try:
        db.execute(
            "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'conversation'",
            [sql.replace(_NOT_NULL, _NULLABLE)],
        )
        db.execute(f"PRAGMA schema_version = {int(version) + 1:d}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")
    (not_null,) = db.execute(
        "SELECT \"notnull\" FROM pragma_table_info('conversation') WHERE name = 'employee_id'"
    ).fetchone()
    if not_null:
        raise StoreError("conversation.employee_id is still NOT NULL")


def _marks(values: list[str]) -> str:
    return ", ".join("?" for _ in values)
