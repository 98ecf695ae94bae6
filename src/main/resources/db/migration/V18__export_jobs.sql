-- Exports started in the web interface: they run in the background, show their progress, and their
-- archive (under <data dir>/exports/<organisation>/<id>.zip) can be downloaded by the
-- organisation's admins until it expires.
CREATE TABLE export_job (
    organization_id uuid        NOT NULL REFERENCES organization (id),
    id              uuid        NOT NULL,
    requested_by    uuid        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    step            integer     NOT NULL DEFAULT 0,
    steps           integer     NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    failed          text,
    bytes           bigint,
    expires_at      timestamptz,
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, requested_by) REFERENCES membership (organization_id, user_id)
);
