-- City news: announcements tagged with areas of interest and districts, and what residents
-- want to hear about. Areas and districts are data that admins keep.
CREATE TABLE news_topic (
    id        bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug      text    NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{1,60}$'),
    name_de   text    NOT NULL CHECK (char_length(name_de) BETWEEN 1 AND 80),
    name_en   text    NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 80),
    position  integer NOT NULL DEFAULT 0,
    active    boolean NOT NULL DEFAULT true
);

CREATE TABLE news_district (
    id        bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug      text    NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{1,60}$'),
    name_de   text    NOT NULL CHECK (char_length(name_de) BETWEEN 1 AND 80),
    name_en   text    NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 80),
    position  integer NOT NULL DEFAULT 0,
    active    boolean NOT NULL DEFAULT true
);

-- Norderstedt's defaults (real data, not demo data: every installation starts with them)
INSERT INTO news_topic (slug, name_de, name_en, position) VALUES
    ('verkehr', 'Verkehr & Baustellen', 'Traffic & roadworks', 1),
    ('veranstaltungen', 'Veranstaltungen', 'Events', 2),
    ('umwelt', 'Umwelt & Abfall', 'Environment & waste', 3),
    ('soziales', 'Senioren & Soziales', 'Seniors & social services', 4),
    ('digital', 'Digitales & Kurse', 'Digital & courses', 5),
    ('rathaus', 'Rathaus & Verwaltung', 'Town hall & services', 6),
    ('warnungen', 'Warnungen & Sicherheit', 'Warnings & safety', 7);

INSERT INTO news_district (slug, name_de, name_en, position) VALUES
    ('garstedt', 'Garstedt', 'Garstedt', 1),
    ('harksheide', 'Harksheide', 'Harksheide', 2),
    ('friedrichsgabe', 'Friedrichsgabe', 'Friedrichsgabe', 3),
    ('glashuette', 'Glashütte', 'Glashütte', 4),
    ('norderstedt-mitte', 'Norderstedt-Mitte', 'Norderstedt-Mitte', 5);

CREATE TABLE news_announcement (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title_de      text        NOT NULL CHECK (char_length(title_de) BETWEEN 1 AND 120),
    body_de       text        NOT NULL CHECK (char_length(body_de) BETWEEN 1 AND 5000),
    title_en      text        CHECK (char_length(title_en) BETWEEN 1 AND 120),
    body_en       text        CHECK (char_length(body_en) BETWEEN 1 AND 5000),
    urgent        boolean     NOT NULL DEFAULT false,
    image         bytea,
    image_type    text        CHECK (image_type IN ('image/jpeg', 'image/png', 'image/webp')),
    image_alt_de  text        CHECK (char_length(image_alt_de) BETWEEN 1 AND 300),
    image_alt_en  text        CHECK (char_length(image_alt_en) BETWEEN 1 AND 300),
    publish_at    timestamptz NOT NULL,
    -- set when the announcement went out (its event was published); never twice
    published_at  timestamptz,
    withdrawn_at  timestamptz,
    created_by    bigint      NOT NULL REFERENCES account (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    -- an English version is whole or absent
    CONSTRAINT news_announcement_english CHECK ((title_en IS NULL) = (body_en IS NULL)),
    -- a picture always comes with its type and both alternative texts
    CONSTRAINT news_announcement_image CHECK (
        (image IS NULL AND image_type IS NULL AND image_alt_de IS NULL AND image_alt_en IS NULL)
        OR (image IS NOT NULL AND image_type IS NOT NULL AND image_alt_de IS NOT NULL AND image_alt_en IS NOT NULL)),
    CONSTRAINT news_announcement_image_size CHECK (image IS NULL OR octet_length(image) <= 2097152)
);

CREATE INDEX news_announcement_due ON news_announcement (publish_at) WHERE published_at IS NULL AND withdrawn_at IS NULL;
CREATE INDEX news_announcement_current ON news_announcement (published_at DESC) WHERE published_at IS NOT NULL AND withdrawn_at IS NULL;

CREATE TABLE news_announcement_topic (
    announcement_id bigint NOT NULL REFERENCES news_announcement (id) ON DELETE CASCADE,
    topic_id        bigint NOT NULL REFERENCES news_topic (id),
    PRIMARY KEY (announcement_id, topic_id)
);

-- No district rows: the announcement concerns the whole city
CREATE TABLE news_announcement_district (
    announcement_id bigint NOT NULL REFERENCES news_announcement (id) ON DELETE CASCADE,
    district_id     bigint NOT NULL REFERENCES news_district (id),
    PRIMARY KEY (announcement_id, district_id)
);

-- What a resident wants to hear about. No district rows: the whole city.
CREATE TABLE news_interest_topic (
    account_id bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    topic_id   bigint NOT NULL REFERENCES news_topic (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, topic_id)
);
CREATE INDEX news_interest_topic_by_topic ON news_interest_topic (topic_id);

CREATE TABLE news_interest_district (
    account_id  bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    district_id bigint NOT NULL REFERENCES news_district (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, district_id)
);
CREATE INDEX news_interest_district_by_district ON news_interest_district (district_id);
