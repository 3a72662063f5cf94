-- Lending from park lockers (issue 7). Overlapping reservations of one compartment are impossible
-- by construction: an exclusion constraint over (compartment, period) needs btree_gist for the
-- equality part.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- A row of compartments with a terminal. Reservations begin and end within the opening hours
-- (Europe/Berlin) of one day.
CREATE TABLE locker_station (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text        NOT NULL UNIQUE CHECK (char_length(name) BETWEEN 1 AND 100),
    place       text        NOT NULL CHECK (char_length(place) BETWEEN 1 AND 200),
    opens_at    time        NOT NULL,
    closes_at   time        NOT NULL,
    -- the terminal whose agent opens the doors
    device_id   bigint      UNIQUE REFERENCES kiosk_device (id) ON DELETE SET NULL,
    -- the portal runs the agent itself on Pi4J's mock platform (demo, training)
    simulated   boolean     NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT locker_station_opening_hours CHECK (opens_at < closes_at)
);

CREATE TABLE locker_compartment (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    station_id      bigint      NOT NULL REFERENCES locker_station (id) ON DELETE CASCADE,
    number          integer     NOT NULL CHECK (number BETWEEN 1 AND 255),
    height_cm       integer     NOT NULL CHECK (height_cm BETWEEN 0 AND 250),
    size            text        NOT NULL CHECK (size IN ('SMALL', 'MEDIUM', 'LARGE')),
    state           text        NOT NULL DEFAULT 'IN_SERVICE' CHECK (state IN ('IN_SERVICE', 'MAINTENANCE')),
    -- as the door sensor last reported it
    door_open       boolean     NOT NULL DEFAULT false,
    door_changed_at timestamptz,
    UNIQUE (station_id, number),
    UNIQUE (id, station_id)
);

-- Each item lives in one compartment.
CREATE TABLE locker_item (
    id             bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    compartment_id bigint  NOT NULL UNIQUE REFERENCES locker_compartment (id) ON DELETE RESTRICT,
    type           text    NOT NULL CHECK (type IN ('ROLLATOR', 'HANDCART')),
    name           text    NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    condition      text    NOT NULL DEFAULT 'OK' CHECK (condition IN ('OK', 'DAMAGED', 'DIRTY')),
    photo          bytea   CHECK (octet_length(photo) BETWEEN 1 AND 2000000),
    photo_type     text    CHECK (photo_type IN ('image/jpeg', 'image/png', 'image/webp')),
    photo_alt_de   text    CHECK (char_length(photo_alt_de) BETWEEN 1 AND 300),
    photo_alt_en   text    CHECK (char_length(photo_alt_en) BETWEEN 1 AND 300),
    CONSTRAINT locker_item_photo_with_type_and_alt CHECK (
        (photo IS NULL AND photo_type IS NULL AND photo_alt_de IS NULL AND photo_alt_en IS NULL)
        OR (photo IS NOT NULL AND photo_type IS NOT NULL AND photo_alt_de IS NOT NULL AND photo_alt_en IS NOT NULL))
);

CREATE TABLE locker_reservation (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id       bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    station_id       bigint      NOT NULL REFERENCES locker_station (id) ON DELETE CASCADE,
    compartment_id   bigint      NOT NULL,
    item_id          bigint      NOT NULL REFERENCES locker_item (id) ON DELETE CASCADE,
    item_type        text        NOT NULL CHECK (item_type IN ('ROLLATOR', 'HANDCART')),
    period           tstzrange   NOT NULL,
    status           text        NOT NULL DEFAULT 'RESERVED'
                                 CHECK (status IN ('RESERVED', 'PICKED_UP', 'RETURNED', 'CANCELLED')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    picked_up_at     timestamptz,
    returned_at      timestamptz,
    cancelled_at     timestamptz,
    return_condition text        CHECK (return_condition IN ('OK', 'DAMAGED', 'DIRTY')),
    -- when the "ending soon" and "overdue" events were published (each once)
    reminded_at      timestamptz,
    overdue_at       timestamptz,
    FOREIGN KEY (compartment_id, station_id) REFERENCES locker_compartment (id, station_id) ON DELETE CASCADE,
    CONSTRAINT locker_reservation_period_bounds
        CHECK (NOT isempty(period) AND lower_inc(period) AND NOT upper_inc(period)
               AND NOT lower_inf(period) AND NOT upper_inf(period)),
    CONSTRAINT locker_reservation_status_times CHECK (
        (status = 'RESERVED' AND picked_up_at IS NULL AND returned_at IS NULL AND cancelled_at IS NULL)
        OR (status = 'PICKED_UP' AND picked_up_at IS NOT NULL AND returned_at IS NULL AND cancelled_at IS NULL)
        OR (status = 'RETURNED' AND picked_up_at IS NOT NULL AND returned_at IS NOT NULL AND cancelled_at IS NULL)
        OR (status = 'CANCELLED' AND picked_up_at IS NULL AND returned_at IS NULL AND cancelled_at IS NOT NULL)),
    -- no two live reservations of one compartment overlap
    CONSTRAINT locker_reservation_no_overlap
        EXCLUDE USING gist (compartment_id WITH =, period WITH &&) WHERE (status IN ('RESERVED', 'PICKED_UP'))
);

-- One live reservation per person and kind of item
CREATE UNIQUE INDEX locker_reservation_one_per_type
    ON locker_reservation (account_id, item_type) WHERE status IN ('RESERVED', 'PICKED_UP');
CREATE INDEX locker_reservation_account ON locker_reservation (account_id);
CREATE INDEX locker_reservation_picked_up ON locker_reservation (station_id) WHERE status = 'PICKED_UP';

-- Signed access codes. The QR text carries its own signature; the row makes it single-use and
-- carries the numeric fallback code typed on the terminal.
CREATE TABLE locker_access_code (
    id             bigint      PRIMARY KEY,
    reservation_id bigint      NOT NULL REFERENCES locker_reservation (id) ON DELETE CASCADE,
    station_id     bigint      NOT NULL REFERENCES locker_station (id) ON DELETE CASCADE,
    action         text        NOT NULL CHECK (action IN ('PICKUP', 'RETURN')),
    code           text        NOT NULL UNIQUE CHECK (code ~ '^GO1:[A-Z2-7]+$'),
    numeric_code   text        NOT NULL CHECK (numeric_code ~ '^[0-9]{8}$'),
    valid_from     timestamptz NOT NULL,
    valid_until    timestamptz NOT NULL,
    used_at        timestamptz,
    used_offline   boolean     NOT NULL DEFAULT false,
    revoked_at     timestamptz,
    UNIQUE (reservation_id, action),
    CONSTRAINT locker_access_code_window CHECK (valid_from < valid_until)
);

-- a typed number names one open code per station
CREATE UNIQUE INDEX locker_access_code_numeric
    ON locker_access_code (station_id, numeric_code) WHERE used_at IS NULL AND revoked_at IS NULL;

-- What happened at a station: doors, openings, refusals (also those the agent handled offline).
-- agent_event_id makes the agent's at-least-once reports count once.
CREATE TABLE locker_event (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    station_id     bigint      NOT NULL REFERENCES locker_station (id) ON DELETE CASCADE,
    compartment    integer     CHECK (compartment BETWEEN 1 AND 255),
    kind           text        NOT NULL CHECK (kind IN ('OPENED', 'REFUSED', 'DOOR_OPENED', 'DOOR_CLOSED',
                                                        'OFFLINE_OPENED', 'OFFLINE_REFUSED')),
    agent_event_id text        UNIQUE CHECK (char_length(agent_event_id) <= 100),
    code_id        bigint,
    reason         text        CHECK (char_length(reason) <= 100),
    occurred_at    timestamptz NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX locker_event_station ON locker_event (station_id, occurred_at);

-- A second credential per device for its agent (the program beside the browser on a locker
-- terminal); the live connection state for the board.
ALTER TABLE kiosk_device
    ADD COLUMN agent_credential_hash text UNIQUE,
    ADD COLUMN agent_connected_at    timestamptz,
    ADD COLUMN agent_seen_at         timestamptz;

-- Locker terminals offer the locker screen
ALTER TABLE kiosk_device DROP CONSTRAINT kiosk_device_known_features;
ALTER TABLE kiosk_device
    ADD CONSTRAINT kiosk_device_known_features
        CHECK (features <@ ARRAY['FEEDBACK', 'PROFILE_CARD', 'COURSES', 'TUTORIALS', 'LOCKERS']::text[]);

-- People who need compartments at a reachable height say so once
ALTER TABLE account_preferences
    ADD COLUMN reachable_compartments boolean NOT NULL DEFAULT false;
