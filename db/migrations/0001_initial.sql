-- leercoach schema, version 1.
-- Ids are UUID text so databases from several laptops can later be merged.
-- Dates are ISO-8601 text (YYYY-MM-DD), timestamps ISO-8601 with seconds, local time.

CREATE TABLE employee (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    team          TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL DEFAULT '',
    email         TEXT,
    start_date    TEXT,
    end_date      TEXT,
    growth_phase  TEXT NOT NULL DEFAULT 'starter'
                  CHECK (growth_phase IN ('starter', 'bekwaam', 'expert', 'mentor')),
    archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    is_demo       INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX employee_by_name ON employee (archived, name COLLATE NOCASE);
CREATE INDEX employee_by_team ON employee (team, name COLLATE NOCASE);

-- When the growth phase changed, so a report can say "expert sinds maart 2025".
CREATE TABLE growth_phase_change (
    id           TEXT PRIMARY KEY,
    employee_id  TEXT NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    phase        TEXT NOT NULL CHECK (phase IN ('starter', 'bekwaam', 'expert', 'mentor')),
    changed_on   TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX growth_phase_change_by_employee ON growth_phase_change (employee_id, changed_on);

CREATE TABLE conversation (
    id              TEXT PRIMARY KEY,
    employee_id     TEXT NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    deck_slug       TEXT NOT NULL,
    deck_version    INTEGER NOT NULL,
    deck_title      TEXT NOT NULL,
    started_at      TEXT NOT NULL,
    ended_at        TEXT,
    status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'completed')),
    shared_summary  TEXT NOT NULL DEFAULT '',
    private_note    TEXT NOT NULL DEFAULT '',
    current_card    TEXT,
    updated_at      TEXT NOT NULL
);
CREATE INDEX conversation_by_employee ON conversation (employee_id, started_at);
CREATE INDEX conversation_by_status ON conversation (status, updated_at);
CREATE INDEX conversation_by_deck ON conversation (employee_id, deck_slug, started_at);

-- Completing and reopening a conversation is logged: a completed talk is a record.
CREATE TABLE conversation_event (
    id               TEXT PRIMARY KEY,
    conversation_id  TEXT NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    at               TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('completed', 'reopened')),
    note             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX conversation_event_by_conversation ON conversation_event (conversation_id, at);

-- The question is a snapshot: editing a deck later never rewrites what was asked.
CREATE TABLE answer (
    conversation_id  TEXT NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    card_id          TEXT NOT NULL,
    position         INTEGER NOT NULL,
    question         TEXT NOT NULL,
    value            TEXT NOT NULL DEFAULT '',
    updated_at       TEXT NOT NULL,
    PRIMARY KEY (conversation_id, card_id)
);

CREATE TABLE growth_cycle (
    id            TEXT PRIMARY KEY,
    employee_id   TEXT NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    period_start  TEXT NOT NULL,
    period_end    TEXT NOT NULL,
    phase         TEXT NOT NULL DEFAULT 'plannen'
                  CHECK (phase IN ('plannen', 'leren', 'opvolgen', 'evalueren')),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (period_end >= period_start)
);
CREATE INDEX growth_cycle_by_employee ON growth_cycle (employee_id, period_start);

CREATE TABLE goal (
    id           TEXT PRIMARY KEY,
    cycle_id     TEXT NOT NULL REFERENCES growth_cycle (id) ON DELETE CASCADE,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    specific     TEXT NOT NULL DEFAULT '',
    measurable   TEXT NOT NULL DEFAULT '',
    acceptable   TEXT NOT NULL DEFAULT '',
    realistic    TEXT NOT NULL DEFAULT '',
    time_bound   TEXT NOT NULL DEFAULT '',
    due_date     TEXT,
    status       TEXT NOT NULL DEFAULT 'open'
                 CHECK (status IN ('open', 'bezig', 'behaald', 'losgelaten')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX goal_by_cycle ON goal (cycle_id);

CREATE TABLE action (
    id               TEXT PRIMARY KEY,
    employee_id      TEXT NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    conversation_id  TEXT REFERENCES conversation (id) ON DELETE SET NULL,
    card_id          TEXT,
    goal_id          TEXT REFERENCES goal (id) ON DELETE SET NULL,
    what             TEXT NOT NULL CHECK (length(trim(what)) > 0),
    owner            TEXT NOT NULL CHECK (owner IN ('medewerker', 'leidinggevende', 'samen')),
    due_date         TEXT,
    success_measure  TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'open'
                     CHECK (status IN ('open', 'bezig', 'klaar', 'geschrapt')),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX action_by_employee ON action (employee_id, status, due_date);
CREATE INDEX action_by_conversation ON action (conversation_id);
CREATE INDEX action_by_goal ON action (goal_id);

CREATE TABLE action_event (
    id               TEXT PRIMARY KEY,
    action_id        TEXT NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    conversation_id  TEXT REFERENCES conversation (id) ON DELETE SET NULL,
    at               TEXT NOT NULL,
    from_status      TEXT CHECK (from_status IN ('open', 'bezig', 'klaar', 'geschrapt')),
    to_status        TEXT NOT NULL CHECK (to_status IN ('open', 'bezig', 'klaar', 'geschrapt')),
    note             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX action_event_by_action ON action_event (action_id, at);
CREATE INDEX action_event_by_conversation ON action_event (conversation_id);

-- Small key/value settings that belong to this database (manager's name, cycle start month).
CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
