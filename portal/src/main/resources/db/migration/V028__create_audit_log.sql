-- The audit log of security events: sign-ins, locks, changes to accounts, devices and
-- agent keys, data exports. It keeps the least that tells what happened: the kind, when,
-- the outcome, the account concerned and who acted (ids only; no names, no passwords, no
-- addresses) and a short detail (a reason code, roles, a device's name). Entries are
-- deleted after go.privacy.audit-retention (default one year).
--
-- No foreign keys to account: an entry outlives a deleted account until its own
-- retention ends (the id then names nobody any more).
CREATE TABLE audit_entry (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- the id of the event that caused it: a handler that runs twice stores it once
    event_id    uuid        NOT NULL UNIQUE,
    occurred_at timestamptz NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('SIGN_IN_SUCCEEDED', 'SIGN_IN_FAILED', 'ACCOUNT_LOCKED',
                    'ACCOUNT_UNLOCKED', 'PASSWORD_CHANGED', 'PASSKEY_CHANGED', 'ROLES_CHANGED', 'ACCOUNT_DISABLED',
                    'ACCOUNT_ENABLED', 'ACCOUNT_DELETED', 'DATA_EXPORTED', 'DEVICE_ENROLLMENT_ISSUED',
                    'DEVICE_ENROLLED', 'DEVICE_REVOKED', 'AGENT_KEY_ROTATED')),
    outcome     text        NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE')),
    account_id  bigint,
    actor_id    bigint,
    detail      text        CHECK (char_length(detail) <= 300)
);

CREATE INDEX audit_entry_newest ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX audit_entry_account ON audit_entry (account_id, occurred_at DESC);
CREATE INDEX audit_entry_kind ON audit_entry (kind, occurred_at DESC);
