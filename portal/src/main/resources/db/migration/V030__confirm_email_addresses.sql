-- Double opt-in: an e-mail address receives no notification until the person behind it opened the
-- confirmation link sent to it. One row per use of an address: the address in an account's
-- notification settings, or the contact address left with an idea by a person without an account
-- (consent for one idea is not consent for another's). Only the SHA-256 of the confirmation link's
-- token is kept; the link works once, until it expires. The unsubscribe token goes into every
-- e-mail (List-Unsubscribe, RFC 8058), so it is kept as it is: it is random and names nobody.
-- An unsubscribe stops every row of the address at once.
CREATE TABLE email_consent (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id         bigint      UNIQUE REFERENCES account (id) ON DELETE CASCADE,
    idea_id            bigint      UNIQUE REFERENCES idea_contact (idea_id) ON DELETE CASCADE,
    email              text        NOT NULL
        CHECK (char_length(email) BETWEEN 3 AND 254 AND email ~ '^[^@\s]+@[^@\s]+$'),
    language           text        NOT NULL CHECK (language IN ('de', 'en')),
    token_hash         text        UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    token_expires_at   timestamptz,
    -- the links sent in the current window: resending is limited
    sent_at            timestamptz,
    window_started_at  timestamptz,
    sends_in_window    integer     NOT NULL DEFAULT 0 CHECK (sends_in_window >= 0),
    confirmed_at       timestamptz,
    unsubscribe_token  text        NOT NULL UNIQUE CHECK (unsubscribe_token ~ '^[A-Za-z0-9_-]{32,64}$'),
    unsubscribed_at    timestamptz,
    created_at         timestamptz NOT NULL,
    CONSTRAINT email_consent_owner CHECK ((account_id IS NULL) <> (idea_id IS NULL)),
    CONSTRAINT email_consent_token CHECK ((token_hash IS NULL) = (token_expires_at IS NULL)),
    -- a confirmed address has no open link; an unsubscribed one gets nothing until confirmed again
    CONSTRAINT email_consent_state CHECK (NOT (confirmed_at IS NOT NULL AND unsubscribed_at IS NOT NULL))
);
CREATE INDEX email_consent_by_address ON email_consent (lower(email));
-- deleted a set time after the last link was sent, unless confirmed or unsubscribed
CREATE INDEX email_consent_unconfirmed ON email_consent (coalesce(sent_at, created_at))
    WHERE confirmed_at IS NULL AND unsubscribed_at IS NULL;
