-- Talking points (issue 17): either side's topics for the next talk with one employee
-- (leercoach.domain.talking_point, store.talking_points). Open until a conversation
-- discusses it; then conversation_id names that talk, and its record keeps it.
-- No FTS index: the app's search opens an answer, a summary or an action where it
-- stands, and a point's text is short and shown whole in the person view and the talk.
CREATE TABLE talking_point (
    id               TEXT PRIMARY KEY,
    employee_id      TEXT NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    text             TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 500),
    by               TEXT NOT NULL CHECK (by IN ('medewerker', 'leidinggevende')),
    source           TEXT NOT NULL DEFAULT 'typed' CHECK (source IN ('typed', 'form')),
    added_at         TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'besproken')),
    conversation_id  TEXT REFERENCES conversation (id) ON DELETE SET NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX talking_point_by_employee ON talking_point (employee_id, status, added_at);
CREATE INDEX talking_point_by_conversation ON talking_point (conversation_id)
    WHERE conversation_id IS NOT NULL;

-- A draft discarded (or any talk deleted) gives back the points it discussed: open again.
CREATE TRIGGER conversation_frees_talking_points BEFORE DELETE ON conversation BEGIN
    UPDATE talking_point SET status = 'open', conversation_id = NULL
        WHERE conversation_id = OLD.id;
END;

-- A table of user data gets the change marker's three triggers (migration 004).
CREATE TRIGGER talking_point_changed_insert AFTER INSERT ON talking_point BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER talking_point_changed_update AFTER UPDATE ON talking_point BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER talking_point_changed_delete AFTER DELETE ON talking_point BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
