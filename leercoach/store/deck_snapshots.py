"""The decks conversations were held with, stored with them, and finding a conversation's deck.

A conversation is shown and reported with the deck it was held with (migration
``deck_snapshots``). ``DeckSnapshots.deck_of`` is the one lookup the UI and the reports
use: the conversation's stored snapshot; for a conversation without one (held before
snapshots, with a deck that was not loaded at the upgrade), a loaded deck of the same slug
and version; else none, and the answers stand alone with the questions stored with them.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from leercoach import paths
from leercoach.decks import DeckLibrary, load_library
from leercoach.decks.snapshot import deck_from_json, snapshot
from leercoach.domain import Conversation, Deck
from leercoach.store.base import Clock, Repository, local_now
from leercoach.store.rows import stamp_text


def remember_deck(db: sqlite_utils.Database, deck: Deck, stored_at: str) -> str:
    """Store the deck's snapshot unless it is stored already; return its hash."""
    digest, text = snapshot(deck)
    db.execute(
        "INSERT INTO deck_snapshot (hash, slug, version, content, stored_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING",
        [digest, deck.slug, deck.version, text, stored_at],
    )
    return digest


def backfill(db: sqlite_utils.Database, library: DeckLibrary | None = None) -> int:
    """Give the conversations without a snapshot the deck of their slug and version.

    The Python step after migration ``deck_snapshots``, in its transaction: the decks are
    loaded from ``paths.deck_folders()`` (only when there are conversations to fill), and
    only a deck of exactly the conversation's slug and version is used. Returns how many
    conversations got a snapshot.
    """
    held = db.execute(
        "SELECT DISTINCT deck_slug, deck_version FROM conversation WHERE deck_hash IS NULL"
    ).fetchall()
    if not held:
        return 0
    library = library or load_library(paths.deck_folders())
    stored_at = stamp_text(local_now())
    filled = 0
    for slug, version in held:
        deck = library.find(slug, version)
        if deck is None:
            continue
        digest = remember_deck(db, deck, stored_at)
        filled += db.execute(
            "UPDATE conversation SET deck_hash = ?"
            " WHERE deck_slug = ? AND deck_version = ? AND deck_hash IS NULL",
            [digest, slug, version],
        ).rowcount
    return filled


class DeckSnapshots(Repository):
    def __init__(self, db: sqlite_utils.Database, clock: Clock) -> None:
        super().__init__(db, clock)
        # A hash names one content for good, so what was read once is kept.
        self._read: dict[str, Deck | None] = {}

    def remember(self, deck: Deck) -> str:
        with self.transaction() as db:
            return remember_deck(db, deck, self.now_text())

    def snapshot(self, deck_hash: str) -> Deck | None:
        """The stored deck of this hash; None when there is none this version can read."""
        if deck_hash not in self._read:
            row = self.db.execute(
                "SELECT content FROM deck_snapshot WHERE hash = ?", [deck_hash]
            ).fetchone()
            self._read[deck_hash] = _readable(row[0]) if row else None
        return self._read[deck_hash]

    def deck_of(self, conversation: Conversation, library: DeckLibrary) -> Deck | None:
        """The deck to show and report this conversation with (see the module docstring)."""
        if conversation.deck_hash is not None:
            stored = self.snapshot(conversation.deck_hash)
            if stored is not None:
                return stored
        return library.find(conversation.deck_slug, conversation.deck_version)

    def decks_of(
        self, conversations: Iterable[Conversation], library: DeckLibrary
    ) -> dict[str, Deck]:
        """``deck_of`` for many, by conversation id; a conversation without a deck is left out."""
        found: dict[str, Deck] = {}
        for conversation in conversations:
            deck = self.deck_of(conversation, library)
            if deck is not None:
                found[conversation.id] = deck
        return found


def _readable(content: str) -> Deck | None:
    try:
        return deck_from_json(content)
    except (ValueError, KeyError, TypeError):
        # Not a snapshot this version wrote (edited by hand?): treated as missing.
        return None
