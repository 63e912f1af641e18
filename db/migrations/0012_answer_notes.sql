-- A note beside the value of a scale or choice card (015, item 12).
--
-- A scale card's own follow-up asks "Wat maakt dat je dit cijfer kiest?": the answer to
-- that is kept with the value, in the answer's row, and is searched, printed and exported
-- like the answer itself. Its words get an index of their own, in the manner of 0003:
-- external content (the text only in its table), empty notes not indexed, triggers that
-- keep it in step with every insert, edit and delete (the cascades included).

ALTER TABLE answer ADD COLUMN note TEXT NOT NULL DEFAULT '';

CREATE VIRTUAL TABLE answer_note_fts USING fts5(
    note,
    content = 'answer',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER answer_note_fts_insert AFTER INSERT ON answer WHEN new.note != '' BEGIN
    INSERT INTO answer_note_fts (rowid, note) VALUES (new.rowid, new.note);
END;
CREATE TRIGGER answer_note_fts_delete AFTER DELETE ON answer WHEN old.note != '' BEGIN
    INSERT INTO answer_note_fts (answer_note_fts, rowid, note)
        VALUES ('delete', old.rowid, old.note);
END;
CREATE TRIGGER answer_note_fts_update AFTER UPDATE OF note ON answer BEGIN
    INSERT INTO answer_note_fts (answer_note_fts, rowid, note)
        SELECT 'delete', old.rowid, old.note WHERE old.note != '';
    INSERT INTO answer_note_fts (rowid, note) SELECT new.rowid, new.note WHERE new.note != '';
END;

-- Erasing a real person merges every index, this one too (see 0003).
DROP TRIGGER employee_fts_purge;
CREATE TRIGGER employee_fts_purge AFTER DELETE ON employee
WHEN old.is_demo = 0
    AND NOT EXISTS (SELECT 1 FROM setting WHERE key = 'search_purge_deferred')
BEGIN
    INSERT INTO answer_fts (answer_fts) VALUES ('optimize');
    INSERT INTO summary_fts (summary_fts) VALUES ('optimize');
    INSERT INTO note_fts (note_fts) VALUES ('optimize');
    INSERT INTO action_fts (action_fts) VALUES ('optimize');
    INSERT INTO answer_note_fts (answer_note_fts) VALUES ('optimize');
END;
