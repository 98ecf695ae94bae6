-- Who works on a project, and how: admin (members and sections), member (edits tasks),
-- commenter (reads and comments), reader (reads). Organisation admins manage every project.
CREATE TABLE project_member (
    organization_id uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    user_id         uuid        NOT NULL,
    role            text        NOT NULL CHECK (role IN ('admin', 'member', 'commenter', 'reader')),
    added_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, project_id, user_id),
    FOREIGN KEY (organization_id, project_id) REFERENCES project (organization_id, id),
    FOREIGN KEY (organization_id, user_id) REFERENCES membership (organization_id, user_id)
);
CREATE INDEX project_member_user_idx ON project_member (organization_id, user_id);

-- Until now every member saw every project: keep it so for existing projects.
INSERT INTO project_member (organization_id, project_id, user_id, role)
SELECT p.organization_id, p.id, m.user_id, CASE WHEN m.user_id = p.created_by THEN 'admin' ELSE 'member' END
FROM project p JOIN membership m ON m.organization_id = p.organization_id;
