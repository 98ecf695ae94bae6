-- Project-level tags with a colour from a fixed, accessible palette, and which tasks carry them.
ALTER TABLE task ADD CONSTRAINT task_project_unique UNIQUE (organization_id, project_id, id);

CREATE TABLE tag (
    organization_id uuid        NOT NULL,
    id              uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    name            text        NOT NULL,
    colour          text        NOT NULL CHECK (colour IN ('blue', 'green', 'yellow', 'orange', 'red', 'purple', 'grey')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, id),
    UNIQUE (organization_id, project_id, id),
    FOREIGN KEY (organization_id, project_id) REFERENCES project (organization_id, id)
);
CREATE UNIQUE INDEX tag_name_idx ON tag (organization_id, project_id, lower(name));

-- A tag and its task always belong to the same project.
CREATE TABLE task_tag (
    organization_id uuid NOT NULL,
    project_id      uuid NOT NULL,
    task_id         uuid NOT NULL,
    tag_id          uuid NOT NULL,
    PRIMARY KEY (organization_id, task_id, tag_id),
    FOREIGN KEY (organization_id, project_id, task_id) REFERENCES task (organization_id, project_id, id) ON DELETE CASCADE,
    FOREIGN KEY (organization_id, project_id, tag_id) REFERENCES tag (organization_id, project_id, id) ON DELETE CASCADE
);
CREATE INDEX task_tag_tag_idx ON task_tag (organization_id, tag_id);
