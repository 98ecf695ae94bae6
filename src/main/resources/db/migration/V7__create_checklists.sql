-- Checklists of a task, each with ordered items that can be ticked off.
CREATE TABLE checklist (
    organization_id uuid        NOT NULL,
    id              uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    task_id         uuid        NOT NULL,
    title           text        NOT NULL,
    rank            text        COLLATE "C" NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, id),
    UNIQUE (organization_id, task_id, id),
    FOREIGN KEY (organization_id, project_id, task_id) REFERENCES task (organization_id, project_id, id) ON DELETE CASCADE
);
CREATE INDEX checklist_task_idx ON checklist (organization_id, task_id, rank);

CREATE TABLE checklist_item (
    organization_id uuid        NOT NULL,
    id              uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    task_id         uuid        NOT NULL,
    checklist_id    uuid        NOT NULL,
    text            text        NOT NULL,
    rank            text        COLLATE "C" NOT NULL,
    done_at         timestamptz,
    done_by         uuid,
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, task_id, checklist_id) REFERENCES checklist (organization_id, task_id, id) ON DELETE CASCADE
);
CREATE INDEX checklist_item_list_idx ON checklist_item (organization_id, checklist_id, rank);
CREATE INDEX checklist_item_project_idx ON checklist_item (organization_id, project_id);
