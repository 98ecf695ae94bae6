-- A task is opened by project and number. With only (organization_id, project_id) in the index,
-- PostgreSQL's generic plan for that lookup (prepared statements) scanned all of the project's
-- tasks for the number; with the number in the index it reads one entry.
DROP INDEX task_project_idx;
CREATE INDEX task_project_idx ON task (organization_id, project_id, number);
