-- Notifications: one row per recipient and event, written in the transaction of the change that
-- caused it. "mail" is the row's e-mail job: waiting to be sent at once, waiting for the daily
-- digest, sent, or none (no e-mail wanted, or the server sends no e-mail).
CREATE TABLE notification (
    organization_id uuid        NOT NULL,
    id              uuid        NOT NULL,
    recipient_id    uuid        NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('mention', 'assignment', 'comment', 'change', 'due')),
    project_id      uuid        NOT NULL,
    task_id         uuid        NOT NULL,
    actor_id        uuid,
    details         jsonb       NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL DEFAULT now(),
    read_at         timestamptz,
    mail            text        NOT NULL DEFAULT 'none' CHECK (mail IN ('none', 'immediate', 'digest', 'sent', 'failed')),
    mail_attempts   integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, project_id, task_id) REFERENCES task (organization_id, project_id, id) ON DELETE CASCADE,
    FOREIGN KEY (organization_id, recipient_id) REFERENCES membership (organization_id, user_id)
);
CREATE INDEX notification_recipient_idx ON notification (recipient_id, created_at DESC);
CREATE INDEX notification_unread_idx ON notification (recipient_id) WHERE read_at IS NULL;
CREATE INDEX notification_mail_idx ON notification (mail, created_at) WHERE mail IN ('immediate', 'digest');

-- How a person wants to hear of each kind by e-mail; no row means the kind's default.
CREATE TABLE notification_setting (
    account_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind       text NOT NULL CHECK (kind IN ('mention', 'assignment', 'comment', 'change', 'due')),
    mail       text NOT NULL CHECK (mail IN ('immediate', 'digest', 'off')),
    PRIMARY KEY (account_id, kind)
);

-- Due reminders that fired: the key makes each reminder happen once, whichever node gets there
-- first and however often the job runs; a new due date is a new key.
CREATE TABLE due_reminder (
    organization_id uuid        NOT NULL,
    task_id         uuid        NOT NULL,
    due_on          date        NOT NULL,
    days_before     integer     NOT NULL,
    fired_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, task_id, due_on, days_before),
    FOREIGN KEY (organization_id, task_id) REFERENCES task (organization_id, id) ON DELETE CASCADE
);
CREATE INDEX task_open_due_idx ON task (due_date)
    WHERE due_date IS NOT NULL AND assignee_id IS NOT NULL AND completed_at IS NULL AND trashed_at IS NULL;

-- Secrets of this installation, shared by all its nodes (e.g. the key that signs unsubscribe links).
CREATE TABLE instance_secret (
    name  text  PRIMARY KEY,
    value bytea NOT NULL
);
