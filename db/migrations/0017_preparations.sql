-- The employee's preparation (issue 17): a fillable PDF form written for one person and
-- one deck, and what comes back from it (leercoach.domain.preparation,
-- store.preparations). Nothing here is made until a form is written or read in.

-- A form written: its id is in the PDF; the deck it was written from is a snapshot.
CREATE TABLE prep_form (
    id            TEXT PRIMARY KEY,
    employee_id   TEXT NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    talk_slug     TEXT NOT NULL,
    deck_slug     TEXT NOT NULL,
    deck_version  INTEGER NOT NULL,
    deck_hash     TEXT NOT NULL REFERENCES deck_snapshot (hash) ON DELETE CASCADE,
    language      TEXT NOT NULL,
    written_at    TEXT NOT NULL
);
CREATE INDEX prep_form_by_employee ON prep_form (employee_id, written_at);

-- A form read in. Pending while conversation_id is empty; used once a conversation of
-- its deck with that person shows it. A draft deleted makes it pending again. Its
-- deck_hash names the snapshot it was read against; snapshots are never deleted, and
-- what the person handed back is not to go with one if that ever changed.
CREATE TABLE preparation (
    form_id          TEXT PRIMARY KEY,
    employee_id      TEXT NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    talk_slug        TEXT NOT NULL,
    deck_slug        TEXT NOT NULL,
    deck_version     INTEGER NOT NULL,
    deck_hash        TEXT NOT NULL,
    digest           TEXT NOT NULL,
    imported_at      TEXT NOT NULL,
    conversation_id  TEXT REFERENCES conversation (id) ON DELETE SET NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX preparation_by_employee ON preparation (employee_id, talk_slug, imported_at);
CREATE INDEX preparation_by_conversation ON preparation (conversation_id)
    WHERE conversation_id IS NOT NULL;

CREATE TABLE preparation_answer (
    form_id    TEXT NOT NULL REFERENCES preparation (form_id) ON DELETE CASCADE,
    card_id    TEXT NOT NULL,
    position   INTEGER NOT NULL,
    question   TEXT NOT NULL,
    answer     TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    option_id  TEXT,
    PRIMARY KEY (form_id, card_id)
);

-- The topics a form brought: talking points by the employee, from that form. Reading the
-- form again with other topics replaces those still open.
ALTER TABLE talking_point ADD COLUMN form_id TEXT REFERENCES preparation (form_id)
    ON DELETE SET NULL;

-- A table of user data gets the change marker's three triggers (migration 004).
CREATE TRIGGER prep_form_changed_insert AFTER INSERT ON prep_form BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER prep_form_changed_update AFTER UPDATE ON prep_form BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER prep_form_changed_delete AFTER DELETE ON prep_form BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER preparation_changed_insert AFTER INSERT ON preparation BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER preparation_changed_update AFTER UPDATE ON preparation BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER preparation_changed_delete AFTER DELETE ON preparation BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER preparation_answer_changed_insert AFTER INSERT ON preparation_answer BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER preparation_answer_changed_update AFTER UPDATE ON preparation_answer BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER preparation_answer_changed_delete AFTER DELETE ON preparation_answer BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
