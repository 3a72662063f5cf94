-- Public touchscreens (library kiosks, locker terminals) enrolled by an admin. The device keeps a
-- long-lived credential in a cookie; only hashes are stored here.
CREATE TABLE kiosk_device (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                  text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    place                 text        NOT NULL CHECK (char_length(place) BETWEEN 1 AND 200),
    kind                  text        NOT NULL CHECK (kind IN ('LIBRARY_KIOSK', 'LOCKER_TERMINAL')),
    language              text        NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en')),
    idle_timeout_seconds  integer     NOT NULL DEFAULT 120 CHECK (idle_timeout_seconds BETWEEN 30 AND 3600),
    enrollment_code_hash  text        UNIQUE,
    enrollment_expires_at timestamptz,
    credential_hash       text        UNIQUE,
    enrolled_at           timestamptz,
    last_seen_at          timestamptz,
    revoked_at            timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT kiosk_device_code_expires CHECK ((enrollment_code_hash IS NULL) = (enrollment_expires_at IS NULL))
);
