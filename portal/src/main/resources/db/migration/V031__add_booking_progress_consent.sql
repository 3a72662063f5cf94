-- Consent where consent is the basis (issue 19): a participant who booked with her own account may
-- agree, per booking, that the course's trainers see which tutorials she has done, on the day of the
-- booked date. The time she agreed is kept (she can be shown what she agreed to and when); withdrawing
-- clears it. A consent needs the person's account and a live booking: cancelling and anonymising a
-- booking take it away in the same statement, and go.privacy.retention.progress-consents after the
-- date's end a job clears what is left.
ALTER TABLE booking ADD COLUMN progress_consent_at timestamptz;
ALTER TABLE booking ADD CONSTRAINT booking_consent_of_own_live_booking
    CHECK (progress_consent_at IS NULL OR (account_id IS NOT NULL AND status <> 'CANCELLED'));

-- the trainers' view and the retention job look for the consents of a date
CREATE INDEX booking_progress_consent ON booking (date_id) WHERE progress_consent_at IS NOT NULL;
