-- Who does an action: a role, and a named person as well if there is one (015, item 8).
--
-- The role (medewerker, leidinggevende, samen) stays what the reports count by; the name
-- ("Pieter, de buddy") is kept with it, empty when only the role was said. A change of
-- owner in the history (0009) keeps the role and name before and after, as
-- "role" or "role: name".

ALTER TABLE action ADD COLUMN owner_name TEXT NOT NULL DEFAULT '';
