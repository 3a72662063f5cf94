-- Signed things name their key (issue 20, keys outside the database).

-- Locker access codes: GO2: carries the signing key's id; GO1: codes (no key id) issued before stay valid
-- while the legacy key is configured.
ALTER TABLE locker_access_code DROP CONSTRAINT locker_access_code_code_check;
ALTER TABLE locker_access_code
    ADD CONSTRAINT locker_access_code_code_check CHECK (code ~ '^GO[12]:[A-Z2-7]+$');

-- Which VAPID key a browser subscribed with (the key id from the key files, or the id the server
-- derived from its own key). NULL: subscribed before key ids, with the legacy key. During a rotation
-- the sender signs for each subscription with its own key while that key is still configured.
ALTER TABLE push_subscription
    ADD COLUMN vapid_key_id text CHECK (vapid_key_id ~ '^[0-9a-f]{8}$');
