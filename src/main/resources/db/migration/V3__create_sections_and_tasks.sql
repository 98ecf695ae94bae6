-- A project's board: sections as columns, tasks as cards. Ranks are strings compared byte-wise
-- (COLLATE "C"), so a task can always get a key between its two neighbours.
CREATE TABLE section (
    organization_id uuid        NOT NULL,
    id              uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    name            text        NOT NULL,
    rank            text        COLLATE "C" NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, id),
    UNIQUE (organization_id, project_id, id),
    FOREIGN KEY (organization_id, project_id) REFERENCES project (organization_id, id)
);
CREATE INDEX section_board_idx ON section (organization_id, project_id, rank);

-- Task numbers (#142) count per organisation.
CREATE TABLE task_sequence (
    organization_id uuid   PRIMARY KEY REFERENCES organization (id),
    last_number     bigint NOT NULL
);

CREATE TABLE task (
    organization_id uuid        NOT NULL,
    id              uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    section_id      uuid        NOT NULL,
    number          bigint      NOT NULL,
    title           text        NOT NULL,
    notes           text        NOT NULL DEFAULT '',
    rank            text        COLLATE "C" NOT NULL,
    created_by      uuid        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer     NOT NULL DEFAULT 0,
    completed_at    timestamptz,
    completed_by    uuid,
    trashed_at      timestamptz,
    PRIMARY KEY (organization_id, id),
    UNIQUE (organization_id, number),
    -- The section must belong to the task's own project (and so to its organisation).
    FOREIGN KEY (organization_id, project_id, section_id) REFERENCES section (organization_id, project_id, id),
    FOREIGN KEY (organization_id, created_by) REFERENCES membership (organization_id, user_id)
);
CREATE INDEX task_section_idx ON task (organization_id, section_id, rank);
CREATE INDEX task_project_idx ON task (organization_id, project_id);

-- Projects created before boards existed get the usual three sections.
INSERT INTO section (organization_id, id, project_id, name, rank)
SELECT p.organization_id, gen_random_uuid(), p.id, s.name, s.rank
FROM project p
CROSS JOIN (VALUES ('Offen', 'i'), ('In Arbeit', 'r'), ('Erledigt', 'v')) AS s (name, rank);
