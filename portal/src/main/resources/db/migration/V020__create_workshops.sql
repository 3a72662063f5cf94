-- Workshops (Zukunftswerkstätten) and paper forms: staff enter the ideas people gave there, one by
-- one or as a CSV file. Such an idea is credited to the workshop and to the person named (on_behalf_of),
-- never to the staff account that typed it (captured_by).
CREATE TABLE workshop (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title       text        NOT NULL CHECK (char_length(title) BETWEEN 3 AND 120),
    held_on     date        NOT NULL,
    place       text        NOT NULL CHECK (char_length(place) BETWEEN 1 AND 200),
    notes       text        CHECK (char_length(notes) BETWEEN 1 AND 2000),
    created_by  bigint      REFERENCES account (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX workshop_newest ON workshop (held_on DESC, id DESC);

ALTER TABLE idea ADD COLUMN workshop_id bigint REFERENCES workshop (id);
CREATE INDEX idea_by_workshop ON idea (workshop_id, id) WHERE workshop_id IS NOT NULL;
-- an idea of a workshop came on paper or was said there, and is nobody's account's: staff typed it
-- for the person named
ALTER TABLE idea ADD CONSTRAINT idea_workshop CHECK (workshop_id IS NULL
    OR (channel IN ('WORKSHOP', 'PAPER') AND author_id IS NULL));
ALTER TABLE idea ADD CONSTRAINT idea_workshop_channel CHECK (channel <> 'WORKSHOP' OR workshop_id IS NOT NULL);

-- Who did what with a workshop, and when. Rows are only ever added; an account or idea deleted
-- later leaves the row with an empty reference.
CREATE TABLE workshop_audit (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workshop_id  bigint      NOT NULL REFERENCES workshop (id),
    action       text        NOT NULL CHECK (action IN ('CREATED', 'IDEA_CAPTURED', 'CSV_IMPORTED')),
    idea_id      bigint      REFERENCES idea (id) ON DELETE SET NULL,
    -- how many ideas a CSV file brought, and the file's SHA-256: the same file is imported once
    idea_count   integer     CHECK (idea_count BETWEEN 1 AND 10000),
    file_sha256  text        CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
    actor_id     bigint      REFERENCES account (id) ON DELETE SET NULL,
    at           timestamptz NOT NULL,
    CONSTRAINT workshop_audit_count CHECK ((action = 'CSV_IMPORTED') = (idea_count IS NOT NULL)
        AND (action = 'CSV_IMPORTED') = (file_sha256 IS NOT NULL)),
    CONSTRAINT workshop_audit_file_once UNIQUE (workshop_id, file_sha256)
);
CREATE INDEX workshop_audit_by_workshop ON workshop_audit (workshop_id, at, id);

-- The trail cannot be rewritten: no deletes, and an update may only empty a reference (what
-- ON DELETE SET NULL does when an account or an idea goes).
CREATE FUNCTION workshop_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'the workshop audit trail is append-only' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.id <> OLD.id OR NEW.workshop_id <> OLD.workshop_id OR NEW.action <> OLD.action
            OR NEW.idea_count IS DISTINCT FROM OLD.idea_count OR NEW.file_sha256 IS DISTINCT FROM OLD.file_sha256
            OR NEW.at <> OLD.at
            OR (NEW.idea_id IS DISTINCT FROM OLD.idea_id AND NEW.idea_id IS NOT NULL)
            OR (NEW.actor_id IS DISTINCT FROM OLD.actor_id AND NEW.actor_id IS NOT NULL) THEN
        RAISE EXCEPTION 'the workshop audit trail is append-only' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER workshop_audit_append_only BEFORE UPDATE OR DELETE ON workshop_audit
    FOR EACH ROW EXECUTE FUNCTION workshop_audit_append_only();
