-- The deck a conversation was held with, kept in the database.
--
-- A conversation is always shown and reported with the deck version it was held with,
-- whatever deck files are loaded later (a newer version, an edited or deleted file).
-- The first time a deck version is used, its content is stored here as canonical JSON
-- (leercoach.decks.snapshot), keyed by its sha256: the hash covers slug, version and
-- every card, so the same slug and version with other content is another row. A
-- conversation records the hash. Snapshots hold no personal data and are never deleted.
--
-- After this script, a Python step (leercoach.store.deck_snapshots.backfill) stores the
-- decks loaded at upgrade time for the existing conversations: only a deck of the same
-- slug and version; a conversation without such a deck keeps no hash.

CREATE TABLE deck_snapshot (
    hash        TEXT PRIMARY KEY CHECK (length(hash) = 64),
    slug        TEXT NOT NULL,
    version     INTEGER NOT NULL,
    content     TEXT NOT NULL,
    stored_at   TEXT NOT NULL
);
CREATE INDEX deck_snapshot_by_slug ON deck_snapshot (slug, version);

-- SET NULL, not a refusal: a snapshot removed by hand leaves the conversation to the
-- loaded deck of the same slug and version, as before this migration.
ALTER TABLE conversation ADD COLUMN deck_hash TEXT
    REFERENCES deck_snapshot (hash) ON DELETE SET NULL;

-- A table of user data gets the change marker's three triggers (migration 004).
CREATE TRIGGER deck_snapshot_changed_insert AFTER INSERT ON deck_snapshot BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER deck_snapshot_changed_update AFTER UPDATE ON deck_snapshot BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER deck_snapshot_changed_delete AFTER DELETE ON deck_snapshot BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
