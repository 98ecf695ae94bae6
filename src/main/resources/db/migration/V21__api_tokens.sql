-- Personal access tokens for the REST API (/api/v1). Each belongs to one member of one
-- organisation and acts with exactly their rights there; only the token's SHA-256 is stored (the
-- token is 32 random bytes, shown once), so a copy of the database lets no one in.
CREATE TABLE api_token (
    organization_id uuid        NOT NULL,
    id              uuid        NOT NULL,
    account_id      uuid        NOT NULL,
    name            text        NOT NULL,
    token_hash      bytea       NOT NULL UNIQUE,
    scopes          text[]      NOT NULL CHECK (scopes <@ ARRAY['read', 'write'] AND cardinality(scopes) > 0),
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz,
    last_used_at    timestamptz,
    revoked_at      timestamptz,
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, account_id) REFERENCES membership (organization_id, user_id)
);
CREATE INDEX api_token_account_idx ON api_token (account_id);

-- Creates sent with an Idempotency-Key: a retry with the same key gets the first answer again
-- instead of creating twice. Kept for a day.
CREATE TABLE api_idempotency (
    organization_id uuid        NOT NULL,
    token_id        uuid        NOT NULL,
    key             text        NOT NULL,
    request_hash    bytea       NOT NULL,
    status          integer,
    location        text,
    body            text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, token_id, key),
    FOREIGN KEY (organization_id, token_id) REFERENCES api_token (organization_id, id) ON DELETE CASCADE
);
