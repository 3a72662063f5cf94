-- Retention (go.privacy.retention.*): the jobs find what they delete or anonymise by these.
-- (booking.anonymised_at itself came with V024.)

-- the guest-booking retention looks for bookings not yet anonymised by date
CREATE INDEX booking_not_anonymised ON booking (date_id) WHERE anonymised_at IS NULL;

-- the completed-event retention deletes by completion date (event_publication_by_completion_date_idx
-- exists); locker events and feedback by time
CREATE INDEX locker_event_occurred_at ON locker_event (occurred_at);
CREATE INDEX mail_outbox_created_at ON mail_outbox (created_at);
