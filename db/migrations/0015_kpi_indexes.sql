-- Indexes and a tally for the development KPIs and the team overview (016,
-- leercoach.store.kpi, store.overview): a year's figures over an HR file of 10 000 people
-- read indexes and small rows only, not the conversation and action rows.

-- When an action was set to klaar ("closed"), the last time first.
CREATE INDEX action_event_set_klaar ON action_event (action_id, at)
    WHERE kind = 'status' AND to_status = 'klaar';
-- The actions due in a year, with what tells whether they were done on time.
CREATE INDEX action_by_due ON action (due_date, employee_id, status, updated_at, id);
-- Trainings done: the follow-up with a transfer talk.
CREATE INDEX action_training_done ON action (employee_id)
    WHERE learning_form = 'opleiding' AND status = 'klaar';

-- Each person's talks per deck kind and year: how many, and the latest with its deck
-- (leercoach.store.talk_plans, store.kpi). The list, the overview and a year's KPIs read
-- these few rows (some 90 000 on an HR file of 10 000 people) instead of every talk held.
-- Kept by the triggers below from the conversations that are talks: completed at least
-- once, of a deck that is not the manager's own (talk_plans.IS_TALK_SQL, which the test
-- of this table holds them to). '' is a deck of unknown kind. A change recounts the
-- person's kind and year from the conversations (conversation_talks_by_kind), so a row is
-- never more than what those say; an erasure of the person leaves none.
CREATE TABLE talk_tally (
    employee_id  TEXT NOT NULL,
    deck_kind    TEXT NOT NULL,
    year         TEXT NOT NULL,
    talks        INTEGER NOT NULL,
    last_at      TEXT NOT NULL,
    last_slug    TEXT NOT NULL,
    PRIMARY KEY (employee_id, deck_kind, year)
);
-- A year's talks after a day (a clock set wrong): the KPIs then count from the talks.
CREATE INDEX talk_tally_by_year ON talk_tally (year, last_at);
-- Everyone's latest talk per kind read in key order from the index alone (no visit to
-- the rows behind the key): the list, the overview and the KPIs.
CREATE INDEX talk_tally_latest
    ON talk_tally (employee_id, deck_kind, year, last_at, last_slug, talks);
INSERT INTO talk_tally (employee_id, deck_kind, year, talks, last_at, last_slug)
    SELECT employee_id, COALESCE(deck_kind, ''), substr(first_completed_at, 1, 4), COUNT(*),
        MAX(first_completed_at), deck_slug
    FROM conversation
    WHERE first_completed_at IS NOT NULL
        AND (deck_kind IS NULL OR deck_kind NOT IN ('feedforward', 'reflectie'))
    GROUP BY employee_id, COALESCE(deck_kind, ''), substr(first_completed_at, 1, 4);

CREATE TRIGGER conversation_tally_insert AFTER INSERT ON conversation
WHEN NEW.first_completed_at IS NOT NULL
    AND (NEW.deck_kind IS NULL OR NEW.deck_kind NOT IN ('feedforward', 'reflectie'))
BEGIN
    INSERT INTO talk_tally (employee_id, deck_kind, year, talks, last_at, last_slug)
    VALUES (NEW.employee_id, COALESCE(NEW.deck_kind, ''), substr(NEW.first_completed_at, 1, 4),
        1, NEW.first_completed_at, NEW.deck_slug)
    ON CONFLICT (employee_id, deck_kind, year) DO UPDATE SET
        talks = talks + 1,
        last_slug = CASE WHEN excluded.last_at > last_at THEN excluded.last_slug ELSE last_slug END,
        last_at = MAX(last_at, excluded.last_at);
END;
CREATE TRIGGER conversation_tally_delete AFTER DELETE ON conversation
WHEN OLD.first_completed_at IS NOT NULL
    AND (OLD.deck_kind IS NULL OR OLD.deck_kind NOT IN ('feedforward', 'reflectie'))
BEGIN
    DELETE FROM talk_tally WHERE employee_id = OLD.employee_id
        AND deck_kind = COALESCE(OLD.deck_kind, '') AND year = substr(OLD.first_completed_at, 1, 4);
    INSERT INTO talk_tally (employee_id, deck_kind, year, talks, last_at, last_slug)
        SELECT employee_id, COALESCE(deck_kind, ''), substr(first_completed_at, 1, 4), COUNT(*),
            MAX(first_completed_at), deck_slug
        FROM conversation
        WHERE employee_id = OLD.employee_id AND deck_kind IS OLD.deck_kind
            AND first_completed_at IS NOT NULL
            AND substr(first_completed_at, 1, 4) = substr(OLD.first_completed_at, 1, 4)
        GROUP BY employee_id;
END;
-- An update recounts the kind and year the talk left and the one it joined (one and the
-- same for a new slug), and a completion that does not move the first one changes nothing.
CREATE TRIGGER conversation_tally_update_old
AFTER UPDATE OF employee_id, deck_kind, deck_slug, first_completed_at ON conversation
WHEN OLD.first_completed_at IS NOT NULL
    AND (OLD.deck_kind IS NULL OR OLD.deck_kind NOT IN ('feedforward', 'reflectie'))
    AND (OLD.employee_id IS NOT NEW.employee_id OR OLD.deck_kind IS NOT NEW.deck_kind
        OR OLD.deck_slug IS NOT NEW.deck_slug OR OLD.first_completed_at IS NOT NEW.first_completed_at)
BEGIN
    DELETE FROM talk_tally WHERE employee_id = OLD.employee_id
        AND deck_kind = COALESCE(OLD.deck_kind, '') AND year = substr(OLD.first_completed_at, 1, 4);
    INSERT INTO talk_tally (employee_id, deck_kind, year, talks, last_at, last_slug)
        SELECT employee_id, COALESCE(deck_kind, ''), substr(first_completed_at, 1, 4), COUNT(*),
            MAX(first_completed_at), deck_slug
        FROM conversation
        WHERE employee_id = OLD.employee_id AND deck_kind IS OLD.deck_kind
            AND first_completed_at IS NOT NULL
            AND substr(first_completed_at, 1, 4) = substr(OLD.first_completed_at, 1, 4)
        GROUP BY employee_id;
END;
CREATE TRIGGER conversation_tally_update_new
AFTER UPDATE OF employee_id, deck_kind, deck_slug, first_completed_at ON conversation
WHEN NEW.first_completed_at IS NOT NULL
    AND (NEW.deck_kind IS NULL OR NEW.deck_kind NOT IN ('feedforward', 'reflectie'))
    AND (OLD.employee_id IS NOT NEW.employee_id OR OLD.deck_kind IS NOT NEW.deck_kind
        OR OLD.deck_slug IS NOT NEW.deck_slug OR OLD.first_completed_at IS NOT NEW.first_completed_at)
BEGIN
    DELETE FROM talk_tally WHERE employee_id = NEW.employee_id
        AND deck_kind = COALESCE(NEW.deck_kind, '') AND year = substr(NEW.first_completed_at, 1, 4);
    INSERT INTO talk_tally (employee_id, deck_kind, year, talks, last_at, last_slug)
        SELECT employee_id, COALESCE(deck_kind, ''), substr(first_completed_at, 1, 4), COUNT(*),
            MAX(first_completed_at), deck_slug
        FROM conversation
        WHERE employee_id = NEW.employee_id AND deck_kind IS NEW.deck_kind
            AND first_completed_at IS NOT NULL
            AND substr(first_completed_at, 1, 4) = substr(NEW.first_completed_at, 1, 4)
        GROUP BY employee_id;
END;

-- A table of user data gets the change marker's three triggers (migration 004).
CREATE TRIGGER talk_tally_changed_insert AFTER INSERT ON talk_tally BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER talk_tally_changed_update AFTER UPDATE ON talk_tally BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;
CREATE TRIGGER talk_tally_changed_delete AFTER DELETE ON talk_tally BEGIN
    UPDATE change_marker SET token = randomblob(16);
END;

-- The answers given on a scale, by card: the overview's wellbeing series (store.overview)
-- reads the answers to the wellbeing cards from here, not from the large answer rows. A
-- scale's value is a number, so an answer starting with a digit may be one.
CREATE INDEX answer_scale_by_card ON answer (card_id, conversation_id, value)
    WHERE skipped = 0 AND value GLOB '[0-9]*';

-- The overview's running period (store.overview): each person's conversations per deck,
-- in the order it counts them, and the actions that belong to the cycle, each read from
-- the index alone (33 and 27 MB on the 10 000-person file, against 1.1 GB of rows).
CREATE INDEX conversation_period_talks
    ON conversation (employee_id, deck_hash, deck_slug, deck_version, started_at, status);
CREATE INDEX action_cycle_facts
    ON action (employee_id, created_at, status, due_date, goal_id, conversation_id);
