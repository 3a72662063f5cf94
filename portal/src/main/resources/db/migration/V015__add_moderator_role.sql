-- Moderators publish residents' ideas, ask for changes or reject them (Ideenspeicher)
ALTER TABLE account_role DROP CONSTRAINT account_role_role_check;
ALTER TABLE account_role ADD CONSTRAINT account_role_role_check
    CHECK (role IN ('RESIDENT', 'TRAINER', 'EDITOR', 'LOCKER_STAFF', 'MODERATOR', 'ADMIN'));
