-- The board reads the tags of all tasks of a project at once.
CREATE INDEX task_tag_project_idx ON task_tag (organization_id, project_id);
