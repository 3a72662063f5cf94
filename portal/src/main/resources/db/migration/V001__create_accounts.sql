-- People who sign in: residents and staff. Kiosk use needs no account.
CREATE TABLE account (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username        text        NOT NULL,
    display_name    text        NOT NULL,
    password_hash   text        NOT NULL,
    enabled         boolean     NOT NULL DEFAULT true,
    failed_logins   integer     NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT account_username_length CHECK (char_length(username) BETWEEN 1 AND 254),
    CONSTRAINT account_display_name_length CHECK (char_length(display_name) BETWEEN 1 AND 200)
);

-- Usernames are compared case-insensitively (people type "Helga" and "helga")
CREATE UNIQUE INDEX account_username_unique ON account (lower(username));

CREATE TABLE account_role (
    account_id bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       text   NOT NULL CHECK (role IN ('RESIDENT', 'TRAINER', 'EDITOR', 'LOCKER_STAFF', 'ADMIN')),
    PRIMARY KEY (account_id, role)
);

-- Accessibility and language preferences, one row per account
CREATE TABLE account_preferences (
    account_id  bigint  PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    language    text    NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en')),
    text_size   integer NOT NULL DEFAULT 100 CHECK (text_size IN (100, 125, 150, 200)),
    high_contrast boolean NOT NULL DEFAULT false,
    reduced_motion boolean NOT NULL DEFAULT false,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
