-- What trainers keep per date, and why a date was cancelled.
ALTER TABLE course_date
    ADD COLUMN note          text CHECK (note IS NULL OR char_length(note) BETWEEN 1 AND 4000),
    ADD COLUMN cancel_reason text CHECK (cancel_reason IS NULL OR char_length(cancel_reason) BETWEEN 1 AND 500),
    ADD CONSTRAINT course_date_reason_only_when_cancelled CHECK (cancel_reason IS NULL OR cancelled_at IS NOT NULL);

-- Attendance: checked in, or marked as not come; never both. Reminders are sent once.
ALTER TABLE booking
    ADD COLUMN no_show     boolean NOT NULL DEFAULT false,
    ADD COLUMN reminded_at timestamptz,
    ADD CONSTRAINT booking_attended_or_not CHECK (NOT (no_show AND checked_in_at IS NOT NULL)),
    ADD CONSTRAINT booking_attendance_only_confirmed CHECK (status = 'CONFIRMED' OR (checked_in_at IS NULL AND NOT no_show));

CREATE INDEX booking_due_reminders ON booking (date_id) WHERE status = 'CONFIRMED' AND reminded_at IS NULL;

-- A message from a trainer to everyone booked for a date.
CREATE TABLE course_message (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    date_id    bigint      NOT NULL REFERENCES course_date (id) ON DELETE CASCADE,
    author_id  bigint      REFERENCES account (id) ON DELETE SET NULL,
    body       text        NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- What happened to a booking, shown in the app to people with an account, until the
-- notification centre takes over. One notice per booking, kind and message, so a
-- redelivered event does not show twice.
CREATE TABLE booking_notice (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    booking_id bigint      NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    kind       text        NOT NULL CHECK (kind IN ('CONFIRMED', 'WAITING', 'PROMOTED', 'REMINDER', 'DATE_CANCELLED', 'DATE_MOVED', 'MESSAGE')),
    message_id bigint      REFERENCES course_message (id) ON DELETE CASCADE,
    detail     text        CHECK (detail IS NULL OR char_length(detail) <= 2000),
    created_at timestamptz NOT NULL DEFAULT now(),
    read_at    timestamptz
);

CREATE UNIQUE INDEX booking_notice_once ON booking_notice (booking_id, kind, coalesce(message_id, 0), coalesce(detail, ''));
CREATE INDEX booking_notice_account ON booking_notice (account_id, created_at DESC);

-- A kiosk shows the courses of the place it stands in.
ALTER TABLE kiosk_device
    ADD COLUMN place_id bigint REFERENCES place (id) ON DELETE SET NULL;

ALTER TABLE kiosk_device DROP CONSTRAINT kiosk_device_known_features;
ALTER TABLE kiosk_device
    ADD CONSTRAINT kiosk_device_known_features CHECK (features <@ ARRAY['FEEDBACK', 'PROFILE_CARD', 'COURSES']::text[]);
