-- The rhythm of talks (016): the day a talk was first held, its kind, and the plan.
--
-- A talk's date is the day it was first completed: reopening and completing it again (to
-- fix a typo) does not move it. The kind of its deck is kept beside it, so plain SQL can
-- tell a talk with the employee from the manager's own preparation (leercoach.domain.talks).
-- After this script a Python step (leercoach.store.talk_plans.backfill) fills deck_kind
-- from the stored deck snapshots, else from the decks loaded at upgrade time by slug.

ALTER TABLE conversation ADD COLUMN first_completed_at TEXT;
ALTER TABLE conversation ADD COLUMN deck_kind TEXT;

UPDATE conversation SET first_completed_at = (
    SELECT MIN(at) FROM conversation_event AS event
    WHERE event.conversation_id = conversation.id AND event.kind = 'completed'
);
-- A completed conversation always has its event; should one have lost it, its end counts.
UPDATE conversation SET first_completed_at = COALESCE(ended_at, updated_at)
    WHERE first_completed_at IS NULL AND status = 'completed';

-- Each person's most recent talk of each kind, read for everyone at once (the list, the
-- overview, the KPIs) from this index alone, without a visit to the large conversation rows.
CREATE INDEX conversation_talks_by_kind
    ON conversation (employee_id, deck_kind, first_completed_at, deck_slug)
    WHERE first_completed_at IS NOT NULL;

-- The manager's plan per person: a rhythm (NULL: not set, the deck kinds' default
-- applies; 'none': no rhythm) and the deck for the next talks.
ALTER TABLE employee ADD COLUMN talk_rhythm TEXT
    CHECK (talk_rhythm IN ('2w', '3w', '4w', '6w', '3m', '1y', 'none'));
ALTER TABLE employee ADD COLUMN talk_deck TEXT;

-- A talk planned for a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM). It is a
-- record with an id of its own, so a calendar file describes the same event each time it
-- is written: moved, it keeps its id; the next talk held settles it ('held', with that
-- talk); taken away, it is 'cancelled'. At most one is planned per person.
CREATE TABLE planned_talk (
    id               TEXT PRIMARY KEY,
    employee_id      TEXT NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    planned          TEXT NOT NULL CHECK (length(planned) IN (10, 16)),
    status           TEXT NOT NULL DEFAULT 'planned'
                     CHECK (status IN ('planned', 'held', 'cancelled')),
    conversation_id  TEXT REFERENCES conversation (id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX planned_talk_one_per_employee ON planned_talk (employee_id)
    WHERE status = 'planned';
CREATE INDEX planned_talk_by_employee ON planned_talk (employee_id, updated_at);

-- The planned date of the person's open plan, beside the rhythm on the employee row so every
-- query of people has it; kept by these triggers from planned_talk, never written directly.
ALTER TABLE employee ADD COLUMN talk_planned TEXT;
CREATE TRIGGER planned_talk_sets_employee_insert AFTER INSERT ON planned_talk BEGIN
    UPDATE employee SET talk_planned = (
        SELECT planned FROM planned_talk WHERE employee_id = NEW.employee_id AND status = 'planned'
    ) WHERE id = NEW.employee_id;
END;
CREATE TRIGGER planned_talk_sets_employee_update AFTER UPDATE ON planned_talk BEGIN
    UPDATE employee SET talk_planned = (
        SELECT planned FROM planned_talk WHERE employee_id = NEW.employee_id AND status = 'planned'
    ) WHERE id = NEW.employee_id;
END;
CREATE TRIGGER planned_talk_sets_employee_delete AFTER DELETE ON planned_talk BEGIN
    UPDATE employee SET talk_planned = (
        SELECT planned FROM planned_talk WHERE employee_id = OLD.employee_id AND status = 'planned'
    ) WHERE id = OLD.employee_id;
END;

-- A table of user data gets the change marker's three triggers (migration 004).
CREATE TRIGGER planned_talk_changed_insert AFTER INSERT ON planned_talk BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER planned_talk_changed_update AFTER UPDATE ON planned_talk BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER planned_talk_changed_delete AFTER DELETE ON planned_talk BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;

-- In service in a year depends on the end date; archiving now asks for one. People
-- archived before have their archiving's day: their last change, not before their start.
UPDATE employee SET end_date = MAX(substr(updated_at, 1, 10), COALESCE(start_date, ''))
    WHERE archived = 1 AND end_date IS NULL;
