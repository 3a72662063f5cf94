-- Messages sent through the feedback form of the accessibility statement (BITV 2.0 requires one)
CREATE TABLE accessibility_feedback (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message     text        NOT NULL CHECK (char_length(message) BETWEEN 1 AND 4000),
    contact     text        CHECK (contact IS NULL OR char_length(contact) BETWEEN 1 AND 200),
    page        text        CHECK (page IS NULL OR char_length(page) <= 500),
    language    text        NOT NULL CHECK (language IN ('de', 'en')),
    account_id  bigint      REFERENCES account (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX accessibility_feedback_created_at ON accessibility_feedback (created_at DESC);
