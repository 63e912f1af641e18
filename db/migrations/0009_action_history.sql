-- An action's history records more than its status (015, item 7).
--
-- The manager changes an action's status, due date and owner from the person view at any
-- time, and corrects what was agreed by a note: each is one event, named by its kind.
-- A due date or owner change keeps the value before and after (an ISO date or an owner;
-- NULL for none), and the status it was made at in from_status and to_status, so every
-- follow-up keeps a from_status as before. The events written so far are named by what
-- they are: the agreement (no from_status), a note (the status unchanged), a status change.

ALTER TABLE action_event ADD COLUMN kind TEXT NOT NULL DEFAULT 'status'
    CHECK (kind IN ('agreed', 'status', 'note', 'due date', 'owner'));
ALTER TABLE action_event ADD COLUMN from_value TEXT;
ALTER TABLE action_event ADD COLUMN to_value TEXT;

UPDATE action_event SET kind = 'agreed' WHERE from_status IS NULL;
UPDATE action_event SET kind = 'note' WHERE from_status = to_status;
