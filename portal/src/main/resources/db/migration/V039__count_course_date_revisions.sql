-- A ticket's calendar file is a snapshot of its date (RFC 5545): a calendar that reads it again
-- replaces what it holds only when the SEQUENCE is higher. Every significant revision of a date
-- (moved to another time, cancelled) counts here; the file adds one for a cancelled booking.
-- Dates moved before this migration count from 0: their calendar files keep the number they had.
ALTER TABLE course_date
    ADD COLUMN revision integer NOT NULL DEFAULT 0 CHECK (revision >= 0);
