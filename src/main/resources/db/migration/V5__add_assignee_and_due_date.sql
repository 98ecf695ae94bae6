-- One person responsible for a task, and when it is due (a day, optionally with a time).
ALTER TABLE task
    ADD COLUMN assignee_id uuid,
    ADD COLUMN due_date    date,
    ADD COLUMN due_time    time,
    ADD CONSTRAINT task_assignee_fk FOREIGN KEY (organization_id, assignee_id)
        REFERENCES membership (organization_id, user_id),
    ADD CONSTRAINT task_due_time_needs_date CHECK (due_time IS NULL OR due_date IS NOT NULL);
CREATE INDEX task_assignee_idx ON task (organization_id, assignee_id) WHERE assignee_id IS NOT NULL;
