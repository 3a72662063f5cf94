-- Read-aloud speed and the wish for simple-language texts, kept with the other preferences
ALTER TABLE account_preferences
    ADD COLUMN speech_rate text NOT NULL DEFAULT 'NORMAL' CHECK (speech_rate IN ('SLOW', 'NORMAL', 'FAST')),
    ADD COLUMN simple_language boolean NOT NULL DEFAULT false;
