-- Evaluation rounds: a working group's members score the group's ideas blind against a versioned set
-- of criteria; the chair then decides each idea with a rationale, and the decisions are published.
-- Totals are never stored: they are computed from the raw scores and the weights of the set the
-- round used, so they can always be recomputed.

-- A set of criteria. Its weights never change once a round scored with it: a change of weights is a
-- new version.
CREATE TABLE idea_criteria_set (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version     integer     NOT NULL UNIQUE CHECK (version >= 1),
    created_at  timestamptz NOT NULL,
    created_by  bigint      REFERENCES account (id) ON DELETE SET NULL
);

CREATE TABLE idea_criterion (
    id         bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    set_id     bigint  NOT NULL REFERENCES idea_criteria_set (id),
    slug       text    NOT NULL CHECK (slug ~ '^[a-z0-9-]{1,40}$'),
    position   integer NOT NULL,
    name_de    text    NOT NULL CHECK (char_length(name_de) BETWEEN 1 AND 80),
    name_en    text    NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 80),
    weight     integer NOT NULL CHECK (weight BETWEEN 0 AND 100),
    -- a high score is bad (complexity, cost and risk): it counts as 6 minus the score
    inverted   boolean NOT NULL DEFAULT false,
    -- what each level of the 1-5 scale means, in words
    levels_de  text[]  NOT NULL CHECK (cardinality(levels_de) = 5),
    levels_en  text[]  NOT NULL CHECK (cardinality(levels_en) = 5),
    UNIQUE (set_id, slug),
    UNIQUE (id, set_id)
);

-- The weights of a set add up to 100, checked when the transaction that writes them commits
CREATE FUNCTION idea_criteria_weights_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    total integer;
BEGIN
    SELECT coalesce(sum(weight), 0) INTO total FROM idea_criterion WHERE set_id = NEW.set_id;
    IF total <> 100 THEN
        RAISE EXCEPTION 'the weights of criteria set % add up to %, not 100', NEW.set_id, total
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER idea_criteria_weights AFTER INSERT OR UPDATE ON idea_criterion
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION idea_criteria_weights_check();

-- A set a score refers to is frozen
CREATE FUNCTION idea_criterion_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM idea_score s WHERE s.set_id = OLD.set_id) THEN
        RAISE EXCEPTION 'criteria set % has scores: change it by making a new version', OLD.set_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

-- The seeded set: Nutzen, Komplexität (inverted), Nachhaltiger Mehrwert, Umsetzbarkeit, Kosten und Risiko
INSERT INTO idea_criteria_set (version, created_at) VALUES (1, now());
INSERT INTO idea_criterion (set_id, slug, position, name_de, name_en, weight, inverted, levels_de, levels_en)
SELECT s.id, c.slug, c.position, c.name_de, c.name_en, c.weight, c.inverted, c.levels_de, c.levels_en
FROM idea_criteria_set s, (VALUES
    ('nutzen', 1, 'Nutzen', 'Benefit', 30, false,
        ARRAY['Kaum jemand hätte etwas davon', 'Wenige hätten einen kleinen Vorteil',
              'Eine Gruppe hätte spürbar etwas davon', 'Viele hätten deutlich etwas davon',
              'Sehr viele in der Stadt hätten großen Nutzen'],
        ARRAY['Hardly anyone would gain anything', 'A few would gain a little',
              'One group would clearly gain', 'Many would clearly gain',
              'Very many in the city would gain a lot']),
    ('komplexitaet', 2, 'Komplexität', 'Complexity', 15, true,
        ARRAY['Sehr einfach, mit dem Vorhandenen machbar', 'Einfach, wenig Neues nötig',
              'Mittel, einige neue Teile', 'Aufwendig, viele Beteiligte',
              'Sehr aufwendig, vieles ist unklar'],
        ARRAY['Very simple, doable with what exists', 'Simple, little new needed',
              'Medium, some new parts', 'Demanding, many people involved',
              'Very demanding, much is unclear']),
    ('nachhaltigkeit', 3, 'Nachhaltiger Mehrwert', 'Lasting value', 20, false,
        ARRAY['Wirkt nur kurz', 'Wirkt einige Monate', 'Wirkt einige Jahre',
              'Wirkt lange und spart Mittel', 'Wirkt dauerhaft für Umwelt und Gesellschaft'],
        ARRAY['Works only briefly', 'Works for some months', 'Works for some years',
              'Works for long and saves resources', 'Works lastingly for environment and society']),
    ('umsetzbarkeit', 4, 'Umsetzbarkeit', 'Feasibility', 20, false,
        ARRAY['Derzeit nicht umsetzbar', 'Nur mit großen Hürden', 'Mit einigen Hürden',
              'Gut umsetzbar', 'Sofort umsetzbar'],
        ARRAY['Not feasible at present', 'Only with big hurdles', 'With some hurdles',
              'Well feasible', 'Feasible right away']),
    ('kosten-risiko', 5, 'Kosten und Risiko', 'Cost and risk', 15, true,
        ARRAY['Kaum Kosten, kein Risiko', 'Geringe Kosten, kleines Risiko', 'Mittlere Kosten oder Risiken',
              'Hohe Kosten oder Risiken', 'Sehr hohe Kosten oder große Risiken'],
        ARRAY['Hardly any cost, no risk', 'Low cost, small risk', 'Medium cost or risks',
              'High cost or risks', 'Very high cost or big risks'])
) AS c (slug, position, name_de, name_en, weight, inverted, levels_de, levels_en)
WHERE s.version = 1;

CREATE TABLE idea_round (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id    bigint      NOT NULL REFERENCES idea_group (id),
    set_id      bigint      NOT NULL REFERENCES idea_criteria_set (id),
    title       text        NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 120),
    opened_at   timestamptz NOT NULL,
    opened_by   bigint      REFERENCES account (id) ON DELETE SET NULL,
    -- closing publishes the round's decisions
    closed_at   timestamptz,
    closed_by   bigint      REFERENCES account (id) ON DELETE SET NULL,
    UNIQUE (id, set_id)
);
-- one open round per working group
CREATE UNIQUE INDEX idea_round_one_open ON idea_round (group_id) WHERE closed_at IS NULL;

CREATE TABLE idea_round_item (
    round_id    bigint      NOT NULL REFERENCES idea_round (id),
    idea_id     bigint      NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    -- the chair's decision: where the idea went, and why (also in the idea's timeline)
    decision    text        CHECK (decision IN ('SELECTED', 'STORED', 'NOT_FEASIBLE')),
    rationale   text        CHECK (char_length(btrim(rationale)) BETWEEN 1 AND 2000),
    decided_by  bigint      REFERENCES account (id) ON DELETE SET NULL,
    decided_at  timestamptz,
    PRIMARY KEY (round_id, idea_id),
    CONSTRAINT idea_round_item_decided CHECK ((decision IS NULL) = (rationale IS NULL)
        AND (decision IS NULL) = (decided_at IS NULL))
);
CREATE INDEX idea_round_item_by_idea ON idea_round_item (idea_id);

-- A member's sheet for one idea of a round, handed in once: their scores, or a conflict of interest
-- (then no scores, and the member is left out of the idea's totals)
CREATE TABLE idea_score_sheet (
    round_id         bigint      NOT NULL,
    idea_id          bigint      NOT NULL,
    account_id       bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    conflict         boolean     NOT NULL,
    conflict_reason  text        CHECK (char_length(btrim(conflict_reason)) BETWEEN 1 AND 500),
    submitted_at     timestamptz NOT NULL,
    PRIMARY KEY (round_id, idea_id, account_id),
    FOREIGN KEY (round_id, idea_id) REFERENCES idea_round_item (round_id, idea_id) ON DELETE CASCADE,
    CONSTRAINT idea_score_sheet_conflict CHECK (conflict = (conflict_reason IS NOT NULL))
);

-- The raw scores, 1 to 5, one per criterion of the round's set
CREATE TABLE idea_score (
    round_id      bigint   NOT NULL,
    idea_id       bigint   NOT NULL,
    account_id    bigint   NOT NULL,
    set_id        bigint   NOT NULL,
    criterion_id  bigint   NOT NULL,
    value         smallint NOT NULL CHECK (value BETWEEN 1 AND 5),
    PRIMARY KEY (round_id, idea_id, account_id, criterion_id),
    FOREIGN KEY (round_id, idea_id, account_id) REFERENCES idea_score_sheet (round_id, idea_id, account_id)
        ON DELETE CASCADE,
    -- a criterion of the set the round uses
    FOREIGN KEY (round_id, set_id) REFERENCES idea_round (id, set_id),
    FOREIGN KEY (criterion_id, set_id) REFERENCES idea_criterion (id, set_id)
);
CREATE INDEX idea_score_by_set ON idea_score (set_id);

CREATE TRIGGER idea_criterion_frozen BEFORE UPDATE OR DELETE ON idea_criterion
    FOR EACH ROW EXECUTE FUNCTION idea_criterion_frozen();
