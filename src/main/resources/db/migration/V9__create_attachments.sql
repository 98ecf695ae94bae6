-- Files attached to tasks. The bytes live on disk under the data directory, named by the ID;
-- the uploaded name is kept only here, for display and download.
CREATE TABLE attachment (
    organization_id uuid        NOT NULL,
    id              uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    task_id         uuid        NOT NULL,
    file_name       text        NOT NULL,
    content_type    text        NOT NULL,
    size_bytes      bigint      NOT NULL,
    uploaded_by     uuid        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, project_id, task_id) REFERENCES task (organization_id, project_id, id) ON DELETE CASCADE,
    FOREIGN KEY (organization_id, uploaded_by) REFERENCES membership (organization_id, user_id)
);
CREATE INDEX attachment_task_idx ON attachment (organization_id, task_id, created_at);
CREATE INDEX attachment_project_idx ON attachment (organization_id, project_id);
