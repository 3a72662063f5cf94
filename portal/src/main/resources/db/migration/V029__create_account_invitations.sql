-- A link that lets one person choose their own name and password: the first admin of a new
-- installation (printed once at start while there is no admin). Only the link's SHA-256 is kept;
-- a link works once, until it expires.
CREATE TABLE account_invitation (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash  text        NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    purpose     text        NOT NULL CHECK (purpose IN ('FIRST_ADMIN')),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    CONSTRAINT account_invitation_expiry CHECK (expires_at > created_at)
);
