-- "Meine Aufgaben" shows a person's open tasks and those completed in the last 14 days; the
-- calendar feed their open ones. Through task_assignee_idx PostgreSQL read every task ever
-- assigned to the person and dropped the completed ones afterwards: with 1,500 completed tasks
-- behind someone, 1,700 rows for the 200 shown, and the agenda's statement took 1.1 ms instead
-- of 0.65. Here open tasks sort as completed at 'infinity', after every completed one, so open
-- and recently completed tasks are one range of the index, however long someone has worked.
-- task_assignee_idx stays: the foreign key to membership needs trashed tasks found too.
CREATE INDEX task_assignee_completion_idx ON task (organization_id, assignee_id, (coalesce(completed_at, 'infinity')))
    WHERE trashed_at IS NULL AND assignee_id IS NOT NULL;
