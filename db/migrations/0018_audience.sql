-- Whose conversation it is (issue 17): a deck's audience (leercoach.domain.deck.Audience),
-- kept with each conversation. 'employee': a talk with the employee (the default);
-- 'manager': the manager's or coach's own record (preparing a talk, a self-check), never
-- a talk; 'team': held with a team. A talk is a conversation of audience 'employee'
-- (store.talk_plans.IS_TALK_SQL, domain.talks.is_talk), no longer one of a deck kind.
ALTER TABLE conversation ADD COLUMN audience TEXT NOT NULL DEFAULT 'employee'
    CHECK (audience IN ('employee', 'manager', 'team'));

-- After this script a Python step (leercoach.store.audience.backfill), in the same
-- transaction: it lifts NOT NULL from conversation.employee_id (a self-check is about no
-- one), fills in the audience from the stored deck snapshot or, where that does not say,
-- from the deck kind, takes the self-checks off the people they were attached to, and
-- recounts talk_tally by the new rule.

-- The tally of talks (migration 0015) is kept by audience, not by deck kind.
DROP TRIGGER conversation_tally_insert;
DROP TRIGGER conversation_tally_delete;
DROP TRIGGER conversation_tally_update_old;
DROP TRIGGER conversation_tally_update_new;

CREATE TRIGGER conversation_tally_insert AFTER INSERT ON conversation
WHEN NEW.first_completed_at IS NOT NULL
    AND NEW.audience = 'employee'
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
    AND OLD.audience = 'employee'
BEGIN
    DELETE FROM talk_tally WHERE employee_id = OLD.employee_id
        AND deck_kind = COALESCE(OLD.deck_kind, '') AND year = substr(OLD.first_completed_at, 1, 4);
    INSERT INTO talk_tally (employee_id, deck_kind, year, talks, last_at, last_slug)
        SELECT employee_id, COALESCE(deck_kind, ''), substr(first_completed_at, 1, 4), COUNT(*),
            MAX(first_completed_at), deck_slug
        FROM conversation
        WHERE employee_id = OLD.employee_id AND deck_kind IS OLD.deck_kind
            AND first_completed_at IS NOT NULL AND audience = 'employee'
            AND substr(first_completed_at, 1, 4) = substr(OLD.first_completed_at, 1, 4)
        GROUP BY employee_id;
END;
-- An update recounts the kind and year the talk left and the one it joined (one and the
-- same for a new slug), and a completion that does not move the first one changes nothing.
CREATE TRIGGER conversation_tally_update_old
AFTER UPDATE OF employee_id, deck_kind, deck_slug, first_completed_at, audience ON conversation
WHEN OLD.first_completed_at IS NOT NULL
    AND OLD.audience = 'employee'
    AND (OLD.employee_id IS NOT NEW.employee_id OR OLD.deck_kind IS NOT NEW.deck_kind
        OR OLD.deck_slug IS NOT NEW.deck_slug OR OLD.first_completed_at IS NOT NEW.first_completed_at
        OR OLD.audience IS NOT NEW.audience)
BEGIN
    DELETE FROM talk_tally WHERE employee_id = OLD.employee_id
        AND deck_kind = COALESCE(OLD.deck_kind, '') AND year = substr(OLD.first_completed_at, 1, 4);
    INSERT INTO talk_tally (employee_id, deck_kind, year, talks, last_at, last_slug)
        SELECT employee_id, COALESCE(deck_kind, ''), substr(first_completed_at, 1, 4), COUNT(*),
            MAX(first_completed_at), deck_slug
        FROM conversation
        WHERE employee_id = OLD.employee_id AND deck_kind IS OLD.deck_kind
            AND first_completed_at IS NOT NULL AND audience = 'employee'
            AND substr(first_completed_at, 1, 4) = substr(OLD.first_completed_at, 1, 4)
        GROUP BY employee_id;
END;
CREATE TRIGGER conversation_tally_update_new
AFTER UPDATE OF employee_id, deck_kind, deck_slug, first_completed_at, audience ON conversation
WHEN NEW.first_completed_at IS NOT NULL
    AND NEW.audience = 'employee'
    AND (OLD.employee_id IS NOT NEW.employee_id OR OLD.deck_kind IS NOT NEW.deck_kind
        OR OLD.deck_slug IS NOT NEW.deck_slug OR OLD.first_completed_at IS NOT NEW.first_completed_at
        OR OLD.audience IS NOT NEW.audience)
BEGIN
    DELETE FROM talk_tally WHERE employee_id = NEW.employee_id
        AND deck_kind = COALESCE(NEW.deck_kind, '') AND year = substr(NEW.first_completed_at, 1, 4);
    INSERT INTO talk_tally (employee_id, deck_kind, year, talks, last_at, last_slug)
        SELECT employee_id, COALESCE(deck_kind, ''), substr(first_completed_at, 1, 4), COUNT(*),
            MAX(first_completed_at), deck_slug
        FROM conversation
        WHERE employee_id = NEW.employee_id AND deck_kind IS NEW.deck_kind
            AND first_completed_at IS NOT NULL AND audience = 'employee'
            AND substr(first_completed_at, 1, 4) = substr(NEW.first_completed_at, 1, 4)
        GROUP BY employee_id;
END;

-- The manager's own records, newest first ("Mijn reflecties", store.conversations).
CREATE INDEX conversation_by_audience ON conversation (audience, started_at)
    WHERE audience != 'employee';

-- The indexes that tell talks apart (migrations 0013 and 0015) hold the audience too, so
-- the rule "audience = 'employee'" is read from the index, not from the large rows.
DROP INDEX conversation_talks_by_kind;
CREATE INDEX conversation_talks_by_kind
    ON conversation (employee_id, deck_kind, first_completed_at, deck_slug, audience)
    WHERE first_completed_at IS NOT NULL;
DROP INDEX conversation_period_talks;
CREATE INDEX conversation_period_talks
    ON conversation (employee_id, deck_hash, deck_slug, deck_version, started_at, status, audience);
