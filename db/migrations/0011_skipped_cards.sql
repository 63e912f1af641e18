-- A card passed over in a talk is kept as skipped (015, item 14).
--
-- A skip is an answer row without a value: it belongs to its conversation like an answer
-- (completed, it is part of the record; deleted or erased with it), and the card list and
-- the printed summary tell a skipped card from one nobody got to yet. Answering the card
-- or un-skipping it undoes the skip. No word is typed in a skip, so nothing is indexed.

ALTER TABLE answer ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1));
