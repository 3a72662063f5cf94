-- Where each signed-in learner is in each tutorial, and when they finished it.
-- Tutorials are files (content module), so a tutorial is named by its slug and a step by its id.
CREATE TABLE tutorial_progress (
    account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    tutorial    text        NOT NULL CHECK (tutorial ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    step        text        NOT NULL CHECK (step ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    finished_at timestamptz,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (account_id, tutorial)
);

-- Short codes that let an anonymous learner (at a kiosk) continue a tutorial on another device.
-- Nothing personal: a tutorial, a step and when the code ends.
CREATE TABLE tutorial_resume_code (
    code       text        PRIMARY KEY CHECK (code ~ '^[A-Z2-9]{6}$'),
    tutorial   text        NOT NULL CHECK (tutorial ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    step       text        NOT NULL CHECK (step ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    CONSTRAINT tutorial_resume_code_expires_after_creation CHECK (expires_at > created_at)
);

CREATE INDEX tutorial_resume_code_expires ON tutorial_resume_code (expires_at);

-- Kiosks can offer the tutorials
ALTER TABLE kiosk_device DROP CONSTRAINT kiosk_device_known_features;
ALTER TABLE kiosk_device
    ADD CONSTRAINT kiosk_device_known_features
        CHECK (features <@ ARRAY['FEEDBACK', 'PROFILE_CARD', 'COURSES', 'TUTORIALS']::text[]);

-- A scan practice's QR code opens /lernen/gescannt/<token> on the learner's own phone; the
-- tutorial screen sees the scan and the practice is done. Nothing personal is kept.
CREATE TABLE tutorial_scan_check (
    token      text        PRIMARY KEY CHECK (token ~ '^[A-Za-z0-9_-]{22}$'),
    tutorial   text        NOT NULL CHECK (tutorial ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    step       text        NOT NULL CHECK (step ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    scanned_at timestamptz,
    CONSTRAINT tutorial_scan_check_expires_after_creation CHECK (expires_at > created_at)
);

CREATE INDEX tutorial_scan_check_expires ON tutorial_scan_check (expires_at);
