-- The employee list's order lives in sort_name alone (008).
--
-- Migration 0005 added the key without filling it: until now every opening of the file
-- looked for people without one. This migration's Python step
-- (leercoach.store.employees.fill_sort_names) gives them theirs once, in this migration's
-- transaction; from then on the store writes the key whenever it writes a name.
--
-- The index in name order of 0001 (archived, name COLLATE NOCASE) is superseded by
-- employee_in_name_order (archived, sort_name, id): no query sorts by name any more, and
-- those filtering on archived use the newer index.

DROP INDEX employee_by_name;
