-- The Trendradar: short entries staff write on new trends, each linked to parked ideas it may
-- bring back (linking tells the idea's lead working group).
CREATE TABLE idea_trend (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title        text        NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 120),
    description  text        NOT NULL CHECK (char_length(btrim(description)) BETWEEN 1 AND 1000),
    written_by   bigint      REFERENCES account (id) ON DELETE SET NULL,
    written_at   timestamptz NOT NULL
);
CREATE INDEX idea_trend_newest ON idea_trend (written_at DESC);

CREATE TABLE idea_trend_link (
    trend_id   bigint      NOT NULL REFERENCES idea_trend (id) ON DELETE CASCADE,
    idea_id    bigint      NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    linked_by  bigint      REFERENCES account (id) ON DELETE SET NULL,
    linked_at  timestamptz NOT NULL,
    PRIMARY KEY (trend_id, idea_id)
);
CREATE INDEX idea_trend_link_by_idea ON idea_trend_link (idea_id);
