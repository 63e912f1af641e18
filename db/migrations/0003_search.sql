-- Full-text search (003) over answers, shared summaries, private notes and actions.
--
-- One external-content FTS5 index per source table: the words are indexed, the text
-- itself stays only in its own table (no second copy in a 1 GB file), and snippets are
-- read back from there by rowid. remove_diacritics 2 folds Zoë to zoe and Çelik to celik.
-- The triggers keep the indexes in step with every insert, edit and delete, including
-- the rows that ON DELETE CASCADE removes with an employee or a conversation.
-- Empty texts are not indexed: most new conversations have no summary or note yet.

CREATE VIRTUAL TABLE answer_fts USING fts5(
    value,
    content = 'answer',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- The summary and the private note get an index each: an autosave of one re-indexes
-- only that text, and a search that leaves private notes out never reads their index.
CREATE VIRTUAL TABLE summary_fts USING fts5(
    shared_summary,
    content = 'conversation',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE note_fts USING fts5(
    private_note,
    content = 'conversation',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE action_fts USING fts5(
    what,
    success_measure,
    content = 'action',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- An external-content index must be told the old text exactly as it was indexed,
-- so every delete passes old.* and uses the same "is there text" condition as the insert.
CREATE TRIGGER answer_fts_insert AFTER INSERT ON answer WHEN new.value != '' BEGIN
    INSERT INTO answer_fts (rowid, value) VALUES (new.rowid, new.value);
END;
CREATE TRIGGER answer_fts_delete AFTER DELETE ON answer WHEN old.value != '' BEGIN
    INSERT INTO answer_fts (answer_fts, rowid, value) VALUES ('delete', old.rowid, old.value);
END;
CREATE TRIGGER answer_fts_update AFTER UPDATE OF value ON answer BEGIN
    INSERT INTO answer_fts (answer_fts, rowid, value)
        SELECT 'delete', old.rowid, old.value WHERE old.value != '';
    INSERT INTO answer_fts (rowid, value) SELECT new.rowid, new.value WHERE new.value != '';
END;

CREATE TRIGGER summary_fts_insert AFTER INSERT ON conversation
WHEN new.shared_summary != '' BEGIN
    INSERT INTO summary_fts (rowid, shared_summary) VALUES (new.rowid, new.shared_summary);
END;
CREATE TRIGGER summary_fts_delete AFTER DELETE ON conversation
WHEN old.shared_summary != '' BEGIN
    INSERT INTO summary_fts (summary_fts, rowid, shared_summary)
        VALUES ('delete', old.rowid, old.shared_summary);
END;
CREATE TRIGGER summary_fts_update AFTER UPDATE OF shared_summary ON conversation BEGIN
    INSERT INTO summary_fts (summary_fts, rowid, shared_summary)
        SELECT 'delete', old.rowid, old.shared_summary WHERE old.shared_summary != '';
    INSERT INTO summary_fts (rowid, shared_summary)
        SELECT new.rowid, new.shared_summary WHERE new.shared_summary != '';
END;

CREATE TRIGGER note_fts_insert AFTER INSERT ON conversation
WHEN new.private_note != '' BEGIN
    INSERT INTO note_fts (rowid, private_note) VALUES (new.rowid, new.private_note);
END;
CREATE TRIGGER note_fts_delete AFTER DELETE ON conversation
WHEN old.private_note != '' BEGIN
    INSERT INTO note_fts (note_fts, rowid, private_note)
        VALUES ('delete', old.rowid, old.private_note);
END;
CREATE TRIGGER note_fts_update AFTER UPDATE OF private_note ON conversation BEGIN
    INSERT INTO note_fts (note_fts, rowid, private_note)
        SELECT 'delete', old.rowid, old.private_note WHERE old.private_note != '';
    INSERT INTO note_fts (rowid, private_note)
        SELECT new.rowid, new.private_note WHERE new.private_note != '';
END;

CREATE TRIGGER action_fts_insert AFTER INSERT ON action BEGIN
    INSERT INTO action_fts (rowid, what, success_measure)
        VALUES (new.rowid, new.what, new.success_measure);
END;
CREATE TRIGGER action_fts_delete AFTER DELETE ON action BEGIN
    INSERT INTO action_fts (action_fts, rowid, what, success_measure)
        VALUES ('delete', old.rowid, old.what, old.success_measure);
END;
CREATE TRIGGER action_fts_update AFTER UPDATE OF what, success_measure ON action BEGIN
    INSERT INTO action_fts (action_fts, rowid, what, success_measure)
        VALUES ('delete', old.rowid, old.what, old.success_measure);
    INSERT INTO action_fts (rowid, what, success_measure)
        VALUES (new.rowid, new.what, new.success_measure);
END;

-- A deleted row's words stay in the index's older segments (FTS5 records a delete as a
-- marker) until the segments are merged. Erasing a real person (GDPR) must not leave their
-- words in the file, so deleting one merges every index into a single clean segment, and
-- the VACUUM of privacy.compact() then drops the old pages. Demo people are fictional, so
-- removing them does not pay for this. A batch erasure merges once at its end instead
-- (leercoach.store.search.Search.purge_once sets the setting below for its transaction).
CREATE TRIGGER employee_fts_purge AFTER DELETE ON employee
WHEN old.is_demo = 0
    AND NOT EXISTS (SELECT 1 FROM setting WHERE key = 'search_purge_deferred')
BEGIN
    INSERT INTO answer_fts (answer_fts) VALUES ('optimize');
    INSERT INTO summary_fts (summary_fts) VALUES ('optimize');
    INSERT INTO note_fts (note_fts) VALUES ('optimize');
    INSERT INTO action_fts (action_fts) VALUES ('optimize');
END;

-- Index what an earlier version already stored, under the same conditions as the triggers
-- ('rebuild' would also index the empty texts that the delete triggers skip).
INSERT INTO answer_fts (rowid, value) SELECT rowid, value FROM answer WHERE value != '';
INSERT INTO summary_fts (rowid, shared_summary)
    SELECT rowid, shared_summary FROM conversation WHERE shared_summary != '';
INSERT INTO note_fts (rowid, private_note)
    SELECT rowid, private_note FROM conversation WHERE private_note != '';
INSERT INTO action_fts (rowid, what, success_measure)
    SELECT rowid, what, success_measure FROM action;
-- One segment per index: no merge work left over for the first autosaves to do.
INSERT INTO answer_fts (answer_fts) VALUES ('optimize');
INSERT INTO summary_fts (summary_fts) VALUES ('optimize');
INSERT INTO note_fts (note_fts) VALUES ('optimize');
INSERT INTO action_fts (action_fts) VALUES ('optimize');
