-- The per-project tag index (V11) served the board's tag query, which reads the tag IDs kept on
-- the task row since V12; nothing filters task_tag by project any more, so the index only cost
-- writes.
DROP INDEX IF EXISTS task_tag_project_idx;
