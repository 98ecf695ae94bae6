-- Accounts are global: one e-mail address, one account, member of any number of organisations.
CREATE TABLE app_user (
    id            uuid        PRIMARY KEY,
    email         text        NOT NULL UNIQUE CHECK (email = lower(email)),
    name          text        NOT NULL,
    password_hash text,
    locale        text        NOT NULL DEFAULT 'de' CHECK (locale IN ('de', 'en')),
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organization (
    id         uuid        PRIMARY KEY,
    slug       text        NOT NULL UNIQUE,
    name       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Every tenant table starts with organization_id and is keyed by (organization_id, id), so that
-- composite foreign keys keep each row inside its organisation and the data can later be
-- distributed by organisation.
CREATE TABLE membership (
    organization_id uuid        NOT NULL REFERENCES organization (id),
    user_id         uuid        NOT NULL REFERENCES app_user (id),
    role            text        NOT NULL CHECK (role IN ('admin', 'member')),
    joined_at       timestamptz NOT NULL DEFAULT now(),
    deactivated_at  timestamptz,
    PRIMARY KEY (organization_id, user_id)
);
CREATE INDEX membership_user_idx ON membership (user_id);

CREATE TABLE invitation (
    organization_id uuid        NOT NULL REFERENCES organization (id),
    id              uuid        NOT NULL,
    email           text        NOT NULL CHECK (email = lower(email)),
    role            text        NOT NULL CHECK (role IN ('admin', 'member')),
    token_hash      bytea       NOT NULL UNIQUE,
    invited_by      uuid        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL,
    accepted_at     timestamptz,
    accepted_by     uuid REFERENCES app_user (id),
    revoked_at      timestamptz,
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, invited_by) REFERENCES membership (organization_id, user_id)
);

CREATE TABLE project (
    organization_id uuid        NOT NULL REFERENCES organization (id),
    id              uuid        NOT NULL,
    name            text        NOT NULL,
    description     text        NOT NULL DEFAULT '',
    created_by      uuid        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    archived_at     timestamptz,
    version         integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, created_by) REFERENCES membership (organization_id, user_id)
);

-- Who did what, when: written in the same transaction as the change it describes.
CREATE TABLE activity (
    organization_id uuid        NOT NULL REFERENCES organization (id),
    id              uuid        NOT NULL,
    actor_id        uuid,
    subject_type    text        NOT NULL,
    subject_id      uuid        NOT NULL,
    action          text        NOT NULL,
    details         jsonb       NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, id)
);
CREATE INDEX activity_subject_idx ON activity (organization_id, subject_type, subject_id, created_at);

-- Failed logins per e-mail address (known or not, so that a lock-out reveals nothing).
CREATE TABLE login_failure (
    email          text        NOT NULL,
    attempted_at   timestamptz NOT NULL DEFAULT now(),
    remote_address text
);
CREATE INDEX login_failure_email_idx ON login_failure (email, attempted_at);

CREATE TABLE login_lock (
    email        text        PRIMARY KEY,
    locked_until timestamptz NOT NULL
);
