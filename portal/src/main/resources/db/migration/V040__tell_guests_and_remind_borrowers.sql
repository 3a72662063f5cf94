-- Guests (bookings without an account) who left an e-mail address get the booking's messages as
-- account holders do, in the language they booked in.
ALTER TABLE booking ADD COLUMN language text NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en'));

-- The address of a guest booking is one more use of an address: given for this booking's own
-- messages when the person booked (no link to confirm: the messages answer what the person did),
-- stopped by the one-click link in each of them like every other use, and deleted with the
-- booking's name and contact (see go.privacy.retention.guest-bookings).
ALTER TABLE email_consent ADD COLUMN booking_id bigint UNIQUE REFERENCES booking (id) ON DELETE CASCADE;
ALTER TABLE email_consent DROP CONSTRAINT email_consent_owner;
ALTER TABLE email_consent ADD CONSTRAINT email_consent_owner CHECK (num_nonnulls(account_id, idea_id, booking_id) = 1);

-- Locker staff may send the borrower of an overdue item a reminder through the notification
-- centre, at most once per go.lockers.staff-reminder-interval: the last one and how many.
ALTER TABLE locker_reservation ADD COLUMN staff_reminded_at timestamptz;
ALTER TABLE locker_reservation ADD COLUMN staff_reminders integer NOT NULL DEFAULT 0 CHECK (staff_reminders >= 0);

-- Such a reminder is a use of the borrower's data by staff: it is audited.
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_kind_check;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_kind_check CHECK (kind IN ('SIGN_IN_SUCCEEDED', 'SIGN_IN_FAILED',
    'ACCOUNT_LOCKED', 'ACCOUNT_UNLOCKED', 'PASSWORD_CHANGED', 'PASSKEY_CHANGED', 'ROLES_CHANGED', 'ACCOUNT_DISABLED',
    'ACCOUNT_ENABLED', 'ACCOUNT_DELETED', 'DATA_EXPORTED', 'DEVICE_ENROLLMENT_ISSUED', 'DEVICE_ENROLLED',
    'DEVICE_REVOKED', 'AGENT_KEY_ROTATED', 'BORROWER_REMINDED'));
