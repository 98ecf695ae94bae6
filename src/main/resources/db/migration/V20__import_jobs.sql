-- Project imports started in the web interface: they run in the background on the node that took
-- the request and report their progress here, so that the page shows it whichever node answers.
CREATE TABLE import_job (
    organization_id uuid        NOT NULL REFERENCES organization (id),
    id              uuid        NOT NULL,
    requested_by    uuid        NOT NULL,
    format          text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    percent         integer     NOT NULL DEFAULT 0,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    project_id      uuid,
    -- Why it was refused: a message key with its arguments, or (for archives) an English sentence.
    failed_key      text,
    failed_args     jsonb,
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, requested_by) REFERENCES membership (organization_id, user_id)
);
