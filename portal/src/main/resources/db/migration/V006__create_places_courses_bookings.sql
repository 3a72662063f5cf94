-- Libraries and rooms where courses happen, with the facts people need before they come.
CREATE TABLE place (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name               text    NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    address            text    NOT NULL CHECK (char_length(address) BETWEEN 1 AND 300),
    step_free          boolean NOT NULL DEFAULT false,
    hearing_loop       boolean NOT NULL DEFAULT false,
    accessible_toilet  boolean NOT NULL DEFAULT false,
    seats              integer NOT NULL CHECK (seats BETWEEN 1 AND 1000),
    created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX place_name_unique ON place (lower(name));

-- A digital-literacy course or drop-in session, run by volunteer trainers.
CREATE TABLE course (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title        text    NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    description  text    NOT NULL CHECK (char_length(description) BETWEEN 1 AND 4000),
    topic        text    NOT NULL CHECK (topic IN ('SMARTPHONE', 'INTERNET', 'SAFETY', 'COMMUNICATION', 'CITY_SERVICES', 'OTHER')),
    level        text    NOT NULL CHECK (level IN ('BEGINNER', 'ADVANCED')),
    bring        text    CHECK (bring IS NULL OR char_length(bring) BETWEEN 1 AND 500),
    place_id     bigint  NOT NULL REFERENCES place (id),
    capacity     integer NOT NULL CHECK (capacity BETWEEN 1 AND 500),
    price_cents  integer NOT NULL DEFAULT 0 CHECK (price_cents BETWEEN 0 AND 100000),
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE course_trainer (
    course_id  bigint NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    account_id bigint NOT NULL REFERENCES account (id),
    PRIMARY KEY (course_id, account_id)
);

-- One meeting of a course. Bookings are per date; the date row is locked while its bookings change,
-- so capacity is never exceeded, also under concurrent requests.
CREATE TABLE course_date (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    course_id     bigint      NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    cancelled_at  timestamptz,
    CONSTRAINT course_date_ends_after_start CHECK (ends_at > starts_at)
);

CREATE INDEX course_date_starts_at ON course_date (starts_at);

-- A booking for one person and one date: confirmed, waiting (in order of booking) or cancelled.
CREATE TABLE booking (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    date_id       bigint      NOT NULL REFERENCES course_date (id) ON DELETE CASCADE,
    code          text        NOT NULL UNIQUE CHECK (code ~ '^[A-Z2-9]{8}$'),
    status        text        NOT NULL CHECK (status IN ('CONFIRMED', 'WAITING', 'CANCELLED')),
    name          text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    phone         text        CHECK (phone IS NULL OR char_length(phone) BETWEEN 3 AND 30),
    email         text        CHECK (email IS NULL OR char_length(email) BETWEEN 3 AND 254),
    account_id    bigint      REFERENCES account (id) ON DELETE SET NULL,
    booked_by     bigint      REFERENCES account (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    cancelled_at  timestamptz,
    checked_in_at timestamptz,
    CONSTRAINT booking_contact CHECK (account_id IS NOT NULL OR phone IS NOT NULL OR email IS NOT NULL),
    CONSTRAINT booking_cancelled_has_time CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);

CREATE INDEX booking_date_status ON booking (date_id, status, created_at, id);

-- One person cannot hold two active bookings for the same date.
CREATE UNIQUE INDEX booking_once_per_account ON booking (date_id, account_id)
    WHERE status <> 'CANCELLED' AND account_id IS NOT NULL;
CREATE UNIQUE INDEX booking_once_per_email ON booking (date_id, lower(email))
    WHERE status <> 'CANCELLED' AND email IS NOT NULL;
CREATE UNIQUE INDEX booking_once_per_phone ON booking (date_id, phone)
    WHERE status <> 'CANCELLED' AND phone IS NOT NULL;
