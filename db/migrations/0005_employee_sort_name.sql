-- The employee list's order, kept with the row (005).
--
-- People sort as a person expects: Zoë with Zoe, Çelik with Celik, case ignored, which
-- SQLite's NOCASE (ASCII only) cannot do. The key is written by the store whenever a name
-- is written (leercoach.store.employees.name_sort_key); folding 10 000 names and sorting
-- them in Python at every start cost ~40 ms, an index in name order costs nothing to read.
-- Rows left with an empty key (these, at this upgrade) get theirs from migration 0008.

ALTER TABLE employee ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';
CREATE INDEX employee_in_name_order ON employee (archived, sort_name, id);
