-- From idea to project: a selected idea becomes a project with milestones and a share done.
-- An idea has at most one project; it is started when the idea goes to IN_PROGRESS and finished
-- when it goes to DONE (both with their justification in the idea's timeline).
CREATE TABLE project (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idea_id       bigint      NOT NULL UNIQUE REFERENCES idea (id),
    title         text        NOT NULL CHECK (char_length(title) BETWEEN 3 AND 120),
    summary       text        NOT NULL CHECK (char_length(btrim(summary)) BETWEEN 1 AND 2000),
    percent_done  integer     NOT NULL DEFAULT 0 CHECK (percent_done BETWEEN 0 AND 100),
    started_at    timestamptz NOT NULL,
    finished_at   timestamptz,
    started_by    bigint      REFERENCES account (id) ON DELETE SET NULL,
    -- a finished project is done in full, and not before it started
    CONSTRAINT project_finished CHECK (finished_at IS NULL OR (percent_done = 100 AND finished_at >= started_at))
);

CREATE TABLE project_milestone (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id   bigint      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    -- the order in which the milestones are shown, 1 first
    position     integer     NOT NULL CHECK (position >= 1),
    title        text        NOT NULL CHECK (char_length(title) BETWEEN 3 AND 120),
    description  text        CHECK (char_length(btrim(description)) BETWEEN 1 AND 2000),
    due_on       date        NOT NULL CHECK (due_on BETWEEN DATE '2000-01-01' AND DATE '2100-12-31'),
    reached_at   timestamptz,
    CONSTRAINT project_milestone_position UNIQUE (project_id, position)
);

-- A project starts only for an idea the city works on: in the same transaction as the step
-- to IN_PROGRESS (or later, while it lasts).
CREATE FUNCTION project_idea_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM idea i WHERE i.id = NEW.idea_id AND i.state IN ('IN_PROGRESS', 'DONE')) THEN
        RAISE EXCEPTION 'idea % is not in progress: no project', NEW.idea_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER project_idea_guard BEFORE INSERT OR UPDATE OF idea_id ON project
    FOR EACH ROW EXECUTE FUNCTION project_idea_guard();
