-- The employee number (personeelsnummer) HR gives each person (006), optional.
--
-- With it a list imported a second time recognises the people already there, even when
-- a name is spelled another way or an e-mail address changed
-- (leercoach.domain.people). Text, not a number: HR systems write "00123" or "B-0042".
-- The index serves that lookup; it is not unique, because a number from another HR
-- system (a merger, a second employer) may come back.

ALTER TABLE employee ADD COLUMN employee_number TEXT;
CREATE INDEX employee_by_number ON employee (employee_number);
