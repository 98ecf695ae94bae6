-- A personal calendar feed per account: only a hash of its secret is stored; a new secret
-- replaces the old one, which revokes every subscription made with it.
CREATE TABLE calendar_feed (
    account_id uuid        PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash bytea       NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);
