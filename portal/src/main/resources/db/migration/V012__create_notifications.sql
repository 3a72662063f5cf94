-- Notifications: what a person is told, on which channels, and each delivery's progress.

-- How a person wants to be told. No row: the defaults below.
CREATE TABLE notification_settings (
    account_id       bigint  PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    -- city news
    news_in_app      boolean NOT NULL DEFAULT true,
    news_push        boolean NOT NULL DEFAULT true,
    news_email       boolean NOT NULL DEFAULT false,
    -- the person's own bookings and locker reservations
    personal_in_app  boolean NOT NULL DEFAULT true,
    personal_push    boolean NOT NULL DEFAULT true,
    personal_email   boolean NOT NULL DEFAULT false,
    email            text    CHECK (char_length(email) BETWEEN 3 AND 254 AND email ~ '^[^@\s]+@[^@\s]+$'),
    quiet_hours      boolean NOT NULL DEFAULT true,
    quiet_from       time    NOT NULL DEFAULT '21:00',
    quiet_until      time    NOT NULL DEFAULT '08:00',
    zone             text    NOT NULL DEFAULT 'Europe/Berlin',
    -- when the person went through the short set-up (areas, districts, channels)
    set_up_at        timestamptz,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT notification_settings_quiet CHECK (quiet_from <> quiet_until)
);

-- A browser that agreed to receive Web Push for an account (one per device and browser)
CREATE TABLE push_subscription (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id   bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    endpoint     text        NOT NULL UNIQUE CHECK (endpoint ~ '^https?://' AND char_length(endpoint) <= 2000),
    p256dh       text        NOT NULL CHECK (char_length(p256dh) BETWEEN 80 AND 100),
    auth         text        NOT NULL CHECK (char_length(auth) BETWEEN 16 AND 30),
    device_label text        NOT NULL CHECK (char_length(device_label) BETWEEN 1 AND 120),
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_sent_at timestamptz
);
CREATE INDEX push_subscription_by_account ON push_subscription (account_id);

-- One message to one person. It is the in-app entry (when shown_in_app) and the source of its
-- push and e-mail deliveries. Texts are kept in both languages as they were when it was made.
CREATE TABLE notification (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id   bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    category     text        NOT NULL CHECK (category IN ('NEWS', 'BOOKING', 'LOCKER')),
    -- what it is about, e.g. 'announcement:12' or 'booking-confirmed:7'; a handler that runs
    -- twice finds its notification already there
    source       text        NOT NULL CHECK (char_length(source) BETWEEN 1 AND 120),
    title_de     text        NOT NULL CHECK (char_length(title_de) BETWEEN 1 AND 200),
    body_de      text        NOT NULL CHECK (char_length(body_de) <= 5000),
    title_en     text        NOT NULL CHECK (char_length(title_en) BETWEEN 1 AND 200),
    body_en      text        NOT NULL CHECK (char_length(body_en) <= 5000),
    link         text        CHECK (link ~ '^/[^/]'),
    urgent       boolean     NOT NULL DEFAULT false,
    shown_in_app boolean     NOT NULL,
    created_at   timestamptz NOT NULL,
    read_at      timestamptz,
    withdrawn_at timestamptz,
    CONSTRAINT notification_once UNIQUE (account_id, source)
);
CREATE INDEX notification_inbox ON notification (account_id, created_at DESC) WHERE shown_in_app AND withdrawn_at IS NULL;
CREATE INDEX notification_by_source ON notification (source);

-- One push message to one subscription, or one e-mail. PENDING ones are sent from not_before on;
-- a sender claims one by moving not_before past its lease, so a crash mid-send means a retry,
-- never a loss.
CREATE TABLE notification_delivery (
    id                   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    notification_id      bigint      NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    channel              text        NOT NULL CHECK (channel IN ('PUSH', 'EMAIL')),
    push_subscription_id bigint      REFERENCES push_subscription (id) ON DELETE CASCADE,
    status               text        NOT NULL DEFAULT 'PENDING'
                                     CHECK (status IN ('PENDING', 'SENT', 'EXPIRED', 'GONE', 'FAILED', 'WITHDRAWN')),
    urgent               boolean     NOT NULL DEFAULT false,
    not_before           timestamptz NOT NULL,
    -- never sent (or retried) after this: the message's time to live
    expires_at           timestamptz NOT NULL,
    attempts             integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error           text,
    sent_at              timestamptz,
    CONSTRAINT notification_delivery_target CHECK ((channel = 'PUSH') = (push_subscription_id IS NOT NULL)),
    CONSTRAINT notification_delivery_sent CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
    CONSTRAINT notification_delivery_once UNIQUE NULLS NOT DISTINCT (notification_id, channel, push_subscription_id)
);
CREATE INDEX notification_delivery_due ON notification_delivery (not_before) WHERE status = 'PENDING';

-- The embedded default does not send e-mail: it keeps each one here for admins to read.
CREATE TABLE mail_outbox (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id bigint      UNIQUE REFERENCES notification_delivery (id) ON DELETE SET NULL,
    recipient   text        NOT NULL,
    subject     text        NOT NULL,
    body        text        NOT NULL,
    language    text        NOT NULL CHECK (language IN ('de', 'en')),
    created_at  timestamptz NOT NULL DEFAULT now()
);
