-- Indexes for the development KPIs (016, leercoach.store.kpi): a year's figures over an
-- HR file of 10 000 people read indexes only, not the conversation and action rows.

-- When an action was set to klaar ("closed"), the last time first.
CREATE INDEX action_event_set_klaar ON action_event (action_id, at)
    WHERE kind = 'status' AND to_status = 'klaar';
-- The actions due in a year, with what tells whether they were done on time.
CREATE INDEX action_by_due ON action (due_date, employee_id, status, updated_at, id);
-- Trainings done: the follow-up with a transfer talk.
CREATE INDEX action_training_done ON action (employee_id)
    WHERE learning_form = 'opleiding' AND status = 'klaar';
