-- Webhooks: a project's admins name an address and the events it wants. The secret signs every
-- delivery, so Laufzettel must keep it readable (unlike API tokens, of which only a hash is kept).
CREATE TABLE webhook (
    organization_id uuid        NOT NULL,
    id              uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    url             text        NOT NULL CHECK (length(url) <= 2000),
    events          text[]      NOT NULL CHECK (cardinality(events) > 0),
    secret          text        NOT NULL,
    active          boolean     NOT NULL DEFAULT true,
    created_by      uuid        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, project_id) REFERENCES project (organization_id, id),
    FOREIGN KEY (organization_id, created_by) REFERENCES membership (organization_id, user_id)
);
-- The one lookup every task change makes: does this project have a webhook at all?
CREATE INDEX webhook_project_idx ON webhook (organization_id, project_id) WHERE active;

-- One row per event and webhook, written in the transaction of the change (so nothing is missed
-- and nothing is sent for a change that rolled back). The payload is the exact body that is
-- signed and sent on every attempt. "seq" orders the events of one task: a change locks its task
-- row, so the later change of a task always draws the higher number. A node claims a row by
-- setting "claim" and "locked_until" in a short transaction and holds no lock while it sends.
CREATE TABLE webhook_delivery (
    organization_id  uuid        NOT NULL,
    id               uuid        NOT NULL,
    seq              bigint      GENERATED ALWAYS AS IDENTITY,
    webhook_id       uuid        NOT NULL,
    event_id         uuid        NOT NULL,
    event            text        NOT NULL,
    task_id          uuid,
    payload          text        NOT NULL,
    state            text        NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts         integer     NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    claim            uuid,
    locked_until     timestamptz,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_duration_ms integer,
    last_error       text,
    PRIMARY KEY (organization_id, id),
    UNIQUE (organization_id, webhook_id, event_id),
    FOREIGN KEY (organization_id, webhook_id) REFERENCES webhook (organization_id, id) ON DELETE CASCADE
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE state = 'pending';
CREATE INDEX webhook_delivery_task_idx ON webhook_delivery (organization_id, webhook_id, task_id, seq)
    WHERE state = 'pending';
CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (organization_id, webhook_id, seq DESC);

-- Every attempt, for the delivery log: when, how it ended, the answer's status code, how long it took.
CREATE TABLE webhook_attempt (
    organization_id uuid        NOT NULL,
    delivery_id     uuid        NOT NULL,
    attempt         integer     NOT NULL,
    attempted_at    timestamptz NOT NULL,
    succeeded       boolean     NOT NULL,
    status_code     integer,
    duration_ms     integer     NOT NULL,
    error           text,
    PRIMARY KEY (organization_id, delivery_id, attempt),
    FOREIGN KEY (organization_id, delivery_id) REFERENCES webhook_delivery (organization_id, id) ON DELETE CASCADE
);
