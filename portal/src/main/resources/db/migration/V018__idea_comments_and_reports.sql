-- Comments on published ideas, by people with an account. A moderator lets each one through
-- before it is shown; a rejected one stays only for its writer's export until it expires.
CREATE TABLE idea_comment (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idea_id       bigint      NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    -- the writer: a comment goes with the account it was written from
    account_id    bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    body          text        NOT NULL CHECK (char_length(btrim(body)) BETWEEN 1 AND 1000),
    created_at    timestamptz NOT NULL,
    published_at  timestamptz,
    rejected_at   timestamptz,
    -- hidden after enough reports, until a moderator looked at it
    hidden_at     timestamptz,
    CONSTRAINT idea_comment_decided_once CHECK (published_at IS NULL OR rejected_at IS NULL)
);
CREATE INDEX idea_comment_shown ON idea_comment (idea_id, published_at)
    WHERE published_at IS NOT NULL AND hidden_at IS NULL;
CREATE INDEX idea_comment_waiting ON idea_comment (created_at) WHERE published_at IS NULL AND rejected_at IS NULL;
CREATE INDEX idea_comment_by_account ON idea_comment (account_id);

-- Residents report an idea or a comment that should not be there. One open report per
-- account and thing; after enough of them the thing is hidden until a moderator decides.
CREATE TABLE idea_report (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idea_id      bigint      REFERENCES idea (id) ON DELETE CASCADE,
    comment_id   bigint      REFERENCES idea_comment (id) ON DELETE CASCADE,
    account_id   bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    reason       text        NOT NULL CHECK (char_length(btrim(reason)) BETWEEN 1 AND 500),
    at           timestamptz NOT NULL,
    -- when a moderator decided about the reported thing; reviewed reports are deleted later
    reviewed_at  timestamptz,
    CONSTRAINT idea_report_one_thing CHECK ((idea_id IS NULL) <> (comment_id IS NULL))
);
CREATE UNIQUE INDEX idea_report_once_per_idea ON idea_report (idea_id, account_id)
    WHERE idea_id IS NOT NULL AND reviewed_at IS NULL;
CREATE UNIQUE INDEX idea_report_once_per_comment ON idea_report (comment_id, account_id)
    WHERE comment_id IS NOT NULL AND reviewed_at IS NULL;
CREATE INDEX idea_report_open ON idea_report (at) WHERE reviewed_at IS NULL;
CREATE INDEX idea_report_by_account ON idea_report (account_id);
