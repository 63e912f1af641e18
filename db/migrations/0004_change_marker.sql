-- A change marker (004): has anything changed since the newest backup?
--
-- One row holding a random token. Every insert, update and delete in a table of user
-- data draws a new one, through the triggers below: whoever writes (the app, the CLI, a
-- session that crashed before its backup), including deletions and undo (which puts
-- old updated_at values back). A backup is a page copy, so it carries the token along:
-- the database and a backup hold the same data when their tokens are equal, and a
-- backup of any other database, or of a copy that went its own way (a restored backup,
-- a backup a person was erased from), has another token. Random rather than a counter:
-- two copies that each made the same number of changes would have equal counters.
-- The FTS tables are left out: their triggers write them only when a table below changes.
-- A later migration that adds a table of user data gives it the same three triggers
-- (tests/test_backup.py checks every table).

CREATE TABLE change_marker (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    token  BLOB NOT NULL
);
INSERT INTO change_marker (id, token) VALUES (1, randomblob(16));

CREATE TRIGGER employee_changed_insert AFTER INSERT ON employee BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER employee_changed_update AFTER UPDATE ON employee BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER employee_changed_delete AFTER DELETE ON employee BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;

CREATE TRIGGER growth_phase_change_changed_insert AFTER INSERT ON growth_phase_change BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER growth_phase_change_changed_update AFTER UPDATE ON growth_phase_change BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER growth_phase_change_changed_delete AFTER DELETE ON growth_phase_change BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;

CREATE TRIGGER conversation_changed_insert AFTER INSERT ON conversation BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER conversation_changed_update AFTER UPDATE ON conversation BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER conversation_changed_delete AFTER DELETE ON conversation BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;

CREATE TRIGGER conversation_event_changed_insert AFTER INSERT ON conversation_event BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER conversation_event_changed_update AFTER UPDATE ON conversation_event BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER conversation_event_changed_delete AFTER DELETE ON conversation_event BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;

CREATE TRIGGER answer_changed_insert AFTER INSERT ON answer BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER answer_changed_update AFTER UPDATE ON answer BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER answer_changed_delete AFTER DELETE ON answer BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;

CREATE TRIGGER growth_cycle_changed_insert AFTER INSERT ON growth_cycle BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER growth_cycle_changed_update AFTER UPDATE ON growth_cycle BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER growth_cycle_changed_delete AFTER DELETE ON growth_cycle BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;

CREATE TRIGGER goal_changed_insert AFTER INSERT ON goal BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER goal_changed_update AFTER UPDATE ON goal BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER goal_changed_delete AFTER DELETE ON goal BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;

CREATE TRIGGER action_changed_insert AFTER INSERT ON action BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER action_changed_update AFTER UPDATE ON action BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER action_changed_delete AFTER DELETE ON action BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;

CREATE TRIGGER action_event_changed_insert AFTER INSERT ON action_event BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER action_event_changed_update AFTER UPDATE ON action_event BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER action_event_changed_delete AFTER DELETE ON action_event BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;

CREATE TRIGGER setting_changed_insert AFTER INSERT ON setting BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER setting_changed_update AFTER UPDATE ON setting BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER setting_changed_delete AFTER DELETE ON setting BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
