-- Ideenspeicher: residents' ideas, the working groups that answer them, supports, and every
-- state an idea goes through with its written justification. The lifecycle is held here as
-- well as in the service: a state changes only along an allowed transition, and only with
-- a justified timeline entry written in the same transaction.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The Arbeitskreise are data: admins add, rename and retire them
CREATE TABLE idea_group (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug               text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{1,60}$'),
    name_de            text        NOT NULL CHECK (char_length(name_de) BETWEEN 1 AND 80),
    name_en            text        NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 80),
    -- how long the group has to give a new idea its first answer
    first_answer_days  integer     NOT NULL DEFAULT 28 CHECK (first_answer_days BETWEEN 1 AND 365),
    position           integer     NOT NULL DEFAULT 0,
    retired_at         timestamptz
);

-- Norderstedt's four working groups (real data: every installation starts with them)
INSERT INTO idea_group (slug, name_de, name_en, position) VALUES
    ('digitale-gesellschaft', 'Digitale Gesellschaft', 'Digital society', 1),
    ('mobilitaet', 'Smarte & nachhaltige Mobilität', 'Smart & sustainable mobility', 2),
    ('urbane-daten', 'Urbane Daten', 'Urban data', 3),
    ('smart-work', 'Smart Work & Smart Economy', 'Smart work & smart economy', 4);

CREATE TABLE idea_group_member (
    group_id    bigint      NOT NULL REFERENCES idea_group (id),
    account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    -- the chair opens discussions and closes the group's evaluation rounds
    chair       boolean     NOT NULL DEFAULT false,
    joined_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (group_id, account_id)
);
CREATE INDEX idea_group_member_by_account ON idea_group_member (account_id);

-- The lifecycle: which state may follow which. Nothing else may.
CREATE TABLE idea_transition_rule (
    from_state text NOT NULL,
    to_state   text NOT NULL,
    PRIMARY KEY (from_state, to_state)
);

INSERT INTO idea_transition_rule (from_state, to_state) VALUES
    ('SUBMITTED', 'IN_REVIEW'), ('SUBMITTED', 'NOT_FEASIBLE'), ('SUBMITTED', 'MERGED'), ('SUBMITTED', 'WITHDRAWN'),
    ('IN_REVIEW', 'STORED'), ('IN_REVIEW', 'IN_EVALUATION'), ('IN_REVIEW', 'NOT_FEASIBLE'), ('IN_REVIEW', 'MERGED'),
    ('IN_REVIEW', 'WITHDRAWN'),
    ('STORED', 'IN_REVIEW'), ('STORED', 'IN_EVALUATION'), ('STORED', 'NOT_FEASIBLE'), ('STORED', 'MERGED'),
    ('STORED', 'WITHDRAWN'),
    ('IN_EVALUATION', 'SELECTED'), ('IN_EVALUATION', 'STORED'), ('IN_EVALUATION', 'NOT_FEASIBLE'),
    ('IN_EVALUATION', 'MERGED'), ('IN_EVALUATION', 'WITHDRAWN'),
    ('SELECTED', 'IN_PROGRESS'), ('SELECTED', 'STORED'), ('SELECTED', 'NOT_FEASIBLE'),
    ('IN_PROGRESS', 'DONE'), ('IN_PROGRESS', 'NOT_FEASIBLE');

CREATE TABLE idea (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title             text        NOT NULL CHECK (char_length(title) BETWEEN 3 AND 120),
    problem           text        NOT NULL CHECK (char_length(problem) BETWEEN 1 AND 2000),
    proposal          text        NOT NULL CHECK (char_length(proposal) BETWEEN 1 AND 2000),
    beneficiaries     text        NOT NULL CHECK (char_length(beneficiaries) BETWEEN 1 AND 1000),
    district_id       bigint      REFERENCES news_district (id),
    topic_id          bigint      REFERENCES news_topic (id),
    lead_group_id     bigint      REFERENCES idea_group (id),
    state             text        NOT NULL DEFAULT 'SUBMITTED' CHECK (state IN ('SUBMITTED', 'IN_REVIEW', 'STORED',
                                  'IN_EVALUATION', 'SELECTED', 'IN_PROGRESS', 'DONE', 'MERGED', 'NOT_FEASIBLE', 'WITHDRAWN')),
    channel           text        NOT NULL CHECK (channel IN ('WEB', 'KIOSK', 'WORKSHOP', 'STAFF', 'PAPER')),
    -- the person whose idea it is, when they have an account
    author_id         bigint      REFERENCES account (id) ON DELETE SET NULL,
    -- shown publicly: a pseudonym ("Idee 17 aus Garstedt") unless the person chose their name
    author_name       text        CHECK (char_length(author_name) BETWEEN 1 AND 100),
    -- someone who typed the idea in for somebody else (a workshop, a paper form, at the desk)
    captured_by       bigint      REFERENCES account (id) ON DELETE SET NULL,
    on_behalf_of      text        CHECK (char_length(on_behalf_of) BETWEEN 1 AND 100),
    -- a person without an account follows the idea with this code (and its QR code)
    receipt_code      text        UNIQUE CHECK (receipt_code ~ '^[A-Z2-9]{10}$'),
    picture           bytea       CHECK (picture IS NULL OR octet_length(picture) <= 2097152),
    picture_type      text        CHECK (picture_type IN ('image/jpeg', 'image/png', 'image/webp')),
    picture_alt       text        CHECK (char_length(picture_alt) BETWEEN 1 AND 300),
    merged_into       bigint      REFERENCES idea (id),
    -- hidden after enough reports, until a moderator looked at it
    hidden_at         timestamptz,
    created_at        timestamptz NOT NULL,
    published_at      timestamptz,
    -- the first answer of the lead group (a state after IN_REVIEW, or a published answer)
    first_answer_at   timestamptz,
    -- the last change of state: lists sort by it ("recently decided")
    state_changed_at  timestamptz NOT NULL,
    -- supports of people with an account (idea_support) and at kiosks (idea_kiosk_support), kept with
    -- the rows that count them, in the same transaction, under this row's lock
    supports          integer     NOT NULL DEFAULT 0 CHECK (supports >= 0),
    kiosk_supports    integer     NOT NULL DEFAULT 0 CHECK (kiosk_supports >= 0),
    -- Wiedervorlage: a parked idea comes back into the first evaluation round after this day
    resubmit_on       date,
    searchable        tsvector    GENERATED ALWAYS AS (
                          setweight(to_tsvector('german', title), 'A')
                          || setweight(to_tsvector('german', problem || ' ' || proposal || ' ' || beneficiaries), 'B')) STORED,
    CONSTRAINT idea_picture CHECK ((picture IS NULL) = (picture_type IS NULL) AND (picture IS NULL) = (picture_alt IS NULL)),
    CONSTRAINT idea_merged CHECK ((state = 'MERGED') = (merged_into IS NOT NULL) AND merged_into <> id),
    -- somebody can follow it: an account, or the receipt code
    CONSTRAINT idea_followable CHECK (author_id IS NOT NULL OR receipt_code IS NOT NULL OR channel <> 'KIOSK'),
    CONSTRAINT idea_captured CHECK ((on_behalf_of IS NULL) OR (captured_by IS NOT NULL)),
    CONSTRAINT idea_published CHECK (published_at IS NOT NULL OR state IN ('SUBMITTED', 'NOT_FEASIBLE', 'WITHDRAWN', 'MERGED'))
);
CREATE INDEX idea_public ON idea (state_changed_at DESC) WHERE published_at IS NOT NULL AND hidden_at IS NULL;
CREATE INDEX idea_by_state ON idea (state, lead_group_id);
CREATE INDEX idea_title_trigram ON idea USING gin (title gin_trgm_ops);
CREATE INDEX idea_searchable ON idea USING gin (searchable);
CREATE INDEX idea_most_supported ON idea ((supports + kiosk_supports) DESC) WHERE published_at IS NOT NULL AND hidden_at IS NULL;
CREATE INDEX idea_newest ON idea (published_at DESC) WHERE published_at IS NOT NULL AND hidden_at IS NULL;
CREATE INDEX idea_by_author ON idea (author_id) WHERE author_id IS NOT NULL;

-- The idea's timeline: how it got to each state, when, and why, in words
CREATE TABLE idea_transition (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idea_id        bigint      NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    -- null for the first entry, "Eingereicht"
    from_state     text,
    to_state       text        NOT NULL,
    justification  text        NOT NULL CHECK (char_length(btrim(justification)) BETWEEN 1 AND 2000),
    decided_by     bigint      REFERENCES account (id) ON DELETE SET NULL,
    at             timestamptz NOT NULL,
    CONSTRAINT idea_transition_allowed FOREIGN KEY (from_state, to_state) REFERENCES idea_transition_rule (from_state, to_state),
    CONSTRAINT idea_transition_first CHECK (from_state IS NOT NULL OR to_state = 'SUBMITTED')
);
CREATE INDEX idea_transition_timeline ON idea_transition (idea_id, at);

-- A new idea starts as SUBMITTED; afterwards its state changes only along a rule, and only with
-- the timeline entry for exactly that step written in the same transaction.
CREATE FUNCTION idea_state_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.state <> 'SUBMITTED' THEN
            RAISE EXCEPTION 'a new idea starts as SUBMITTED, not %', NEW.state USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.state IS DISTINCT FROM OLD.state THEN
        IF NOT EXISTS (SELECT 1 FROM idea_transition_rule r WHERE r.from_state = OLD.state AND r.to_state = NEW.state) THEN
            RAISE EXCEPTION 'an idea cannot go from % to %', OLD.state, NEW.state USING ERRCODE = 'check_violation';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM idea_transition t WHERE t.idea_id = NEW.id AND t.from_state = OLD.state
                AND t.to_state = NEW.state AND t.xmin = pg_current_xact_id()::xid) THEN
            RAISE EXCEPTION 'idea % changes from % to % without a justified timeline entry', NEW.id, OLD.state, NEW.state
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER idea_state_guard BEFORE INSERT OR UPDATE OF state ON idea
    FOR EACH ROW EXECUTE FUNCTION idea_state_guard();

-- One support per account and idea
CREATE TABLE idea_support (
    idea_id     bigint      NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    at          timestamptz NOT NULL,
    PRIMARY KEY (idea_id, account_id)
);
CREATE INDEX idea_support_by_account ON idea_support (account_id);

-- Supports given at a kiosk without an account: counted apart, limited per device and day
CREATE TABLE idea_kiosk_support (
    idea_id    bigint  NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    device_id  bigint  NOT NULL REFERENCES kiosk_device (id) ON DELETE CASCADE,
    day        date    NOT NULL,
    supports   integer NOT NULL CHECK (supports BETWEEN 1 AND 1000),
    PRIMARY KEY (idea_id, device_id, day)
);

-- When idea A was merged into B: A's author and supporters are asked whether they support B too.
-- Nothing moves until they say so.
CREATE TABLE idea_merge_invitation (
    merged_idea_id  bigint      NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    account_id      bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    asked_at        timestamptz NOT NULL,
    answered_at     timestamptz,
    accepted        boolean,
    PRIMARY KEY (merged_idea_id, account_id),
    CONSTRAINT idea_merge_invitation_answer CHECK ((answered_at IS NULL) = (accepted IS NULL))
);

-- How to reach a person without an account, given on purpose and with consent. Deleted a set
-- time after the idea reached its final state.
CREATE TABLE idea_contact (
    idea_id       bigint      PRIMARY KEY REFERENCES idea (id) ON DELETE CASCADE,
    email         text        NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254 AND email ~ '^[^@\s]+@[^@\s]+$'),
    -- the sentence the person agreed to, as it was shown
    consent_text  text        NOT NULL CHECK (char_length(consent_text) BETWEEN 1 AND 1000),
    language      text        NOT NULL CHECK (language IN ('de', 'en')),
    consented_at  timestamptz NOT NULL
);

-- A moderator's messages to the author while the idea waits (asked for a change)
CREATE TABLE idea_moderation_note (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idea_id     bigint      NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    note        text        NOT NULL CHECK (char_length(btrim(note)) BETWEEN 1 AND 2000),
    written_by  bigint      REFERENCES account (id) ON DELETE SET NULL,
    at          timestamptz NOT NULL,
    -- when the author sent the changed idea back
    answered_at timestamptz
);
CREATE INDEX idea_moderation_note_by_idea ON idea_moderation_note (idea_id, at);

-- Ideas now reach their authors and supporters through the notification centre
ALTER TABLE notification DROP CONSTRAINT notification_category_check;
ALTER TABLE notification ADD CONSTRAINT notification_category_check CHECK (category IN ('NEWS', 'BOOKING', 'LOCKER', 'IDEA'));
