-- The installed app keeps copies of a person's pages in her browser for use without a
-- connection (tickets, locker reservation, the last news she opened). Her browsers learn
-- this random key with every page while she is signed in; when a page is signed in with
-- another key, the browser deletes the copies it holds first. It says nothing about the
-- person and is never shown. Goes with the account.
CREATE TABLE app_owner_key (
    account_id bigint      PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    owner_key  text        NOT NULL UNIQUE CHECK (owner_key ~ '^[A-Za-z0-9_-]{22}$'),
    created_at timestamptz NOT NULL DEFAULT now()
);
