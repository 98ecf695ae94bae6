-- Comments on tasks (Markdown), and the people who watch a task.
CREATE TABLE comment (
    organization_id uuid        NOT NULL,
    id              uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    task_id         uuid        NOT NULL,
    author_id       uuid        NOT NULL,
    body            text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    edited_at       timestamptz,
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, project_id, task_id) REFERENCES task (organization_id, project_id, id) ON DELETE CASCADE,
    FOREIGN KEY (organization_id, author_id) REFERENCES membership (organization_id, user_id)
);
CREATE INDEX comment_task_idx ON comment (organization_id, task_id, created_at);
CREATE INDEX comment_project_idx ON comment (organization_id, project_id);

CREATE TABLE task_watcher (
    organization_id uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    task_id         uuid        NOT NULL,
    user_id         uuid        NOT NULL,
    since           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, task_id, user_id),
    FOREIGN KEY (organization_id, project_id, task_id) REFERENCES task (organization_id, project_id, id) ON DELETE CASCADE,
    FOREIGN KEY (organization_id, user_id) REFERENCES membership (organization_id, user_id)
);
