-- A person without an account who left an e-mail address with their idea is told by e-mail of
-- every change of its state: a notification addressed to that address instead of an account. It is
-- never shown in an app, goes out by e-mail only, and is deleted with the address (see
-- go.notifications.contact-retention).
ALTER TABLE notification ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE notification ADD COLUMN contact_email text
    CHECK (char_length(contact_email) BETWEEN 3 AND 254 AND contact_email ~ '^[^@\s]+@[^@\s]+$');
ALTER TABLE notification ADD COLUMN contact_language text CHECK (contact_language IN ('de', 'en'));
ALTER TABLE notification ADD CONSTRAINT notification_recipient CHECK (
    (account_id IS NULL) = (contact_email IS NOT NULL)
    AND (contact_email IS NULL) = (contact_language IS NULL)
    AND (contact_email IS NULL OR NOT shown_in_app));
CREATE UNIQUE INDEX notification_contact_once ON notification (contact_email, source) WHERE account_id IS NULL;
CREATE INDEX notification_contact_age ON notification (created_at) WHERE account_id IS NULL;
