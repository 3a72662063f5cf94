-- A booking can outlive the person's name: when the person deletes their account, when a guest
-- deletes the data of her booking with its code, or when the retention period of a guest booking
-- has passed, the row stays for the course's statistics (how many booked and came) without name,
-- contact or account.
ALTER TABLE booking ADD COLUMN anonymised_at timestamptz;
ALTER TABLE booking ALTER COLUMN name DROP NOT NULL;
ALTER TABLE booking DROP CONSTRAINT booking_contact;
ALTER TABLE booking ADD CONSTRAINT booking_contact
    CHECK (anonymised_at IS NOT NULL OR account_id IS NOT NULL OR phone IS NOT NULL OR email IS NOT NULL);
ALTER TABLE booking ADD CONSTRAINT booking_anonymised
    CHECK ((anonymised_at IS NULL) = (name IS NOT NULL)
           AND (anonymised_at IS NULL
                OR (phone IS NULL AND email IS NULL AND account_id IS NULL AND booked_by IS NULL)));
