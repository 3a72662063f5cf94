-- What a kiosk offers on its start screen. Features are added to the check as their screens land.
ALTER TABLE kiosk_device
    ADD COLUMN features text[] NOT NULL DEFAULT ARRAY['FEEDBACK', 'PROFILE_CARD']::text[]
        CONSTRAINT kiosk_device_known_features CHECK (features <@ ARRAY['FEEDBACK', 'PROFILE_CARD']::text[]);

-- People at a kiosk may give their first name with their feedback.
ALTER TABLE accessibility_feedback
    ADD COLUMN name text CHECK (name IS NULL OR char_length(name) BETWEEN 1 AND 100);

-- "Continue on your phone": a one-time, short-lived link from a kiosk screen to the same task on a
-- personal device. Only the hash of the token is stored.
CREATE TABLE kiosk_handoff (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash  text        NOT NULL UNIQUE,
    target      text        NOT NULL CHECK (target ~ '^/[A-Za-z0-9/_.?=&%#-]*$' AND char_length(target) <= 500),
    language    text        NOT NULL CHECK (language IN ('de', 'en')),
    device_id   bigint      REFERENCES kiosk_device (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    CONSTRAINT kiosk_handoff_expires_after_creation CHECK (expires_at > created_at)
);

CREATE INDEX kiosk_handoff_expires_at ON kiosk_handoff (expires_at);

-- Keys the server creates on first start and keeps (e.g. for signing profile cards).
CREATE TABLE server_key (
    purpose     text        PRIMARY KEY CHECK (purpose ~ '^[a-z-]{1,50}$'),
    secret      bytea       NOT NULL CHECK (octet_length(secret) >= 32),
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Read each page aloud as soon as it opens (also carried by the accessibility profile card).
ALTER TABLE account_preferences
    ADD COLUMN auto_read boolean NOT NULL DEFAULT false;
