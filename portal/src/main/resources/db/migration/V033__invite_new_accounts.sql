-- Accounts an admin creates get an invitation instead of a password the admin chose: the
-- person chooses her own through a one-time link (only its SHA-256 is kept), valid for
-- go.accounts.invitation-validity (7 days). A new link for the same account makes the older
-- ones stop working; the links go with the account.
ALTER TABLE account_invitation DROP CONSTRAINT account_invitation_purpose_check;
ALTER TABLE account_invitation ADD COLUMN account_id bigint REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE account_invitation ADD CONSTRAINT account_invitation_purpose_check
    CHECK (purpose IN ('FIRST_ADMIN', 'ACCOUNT_SETUP'));
ALTER TABLE account_invitation ADD CONSTRAINT account_invitation_for_account
    CHECK ((purpose = 'ACCOUNT_SETUP') = (account_id IS NOT NULL));
CREATE INDEX account_invitation_account ON account_invitation (account_id);
