-- Several portal instances (issue 21): a locker agent is connected to one instance, the terminal
-- that asks for a door may be served by another. Commands are rows that the instance holding the
-- agent's connection claims (woken by the signal go_device_commands), and which agent is connected
-- to which instance is recorded here, not only in one instance's memory.

-- Open a compartment for a signed access code. Inserted (with the signal) by the instance that
-- serves the terminal; claimed (NEW -> CLAIMED) and sent (-> SENT) by the instance holding the
-- agent's connection, never after expires_at; the agent's answer ends it (DONE: the relay pulsed at
-- pulsed_at; FAILED: result says why) or its expiry (EXPIRED: never sent). Kept only briefly, as the
-- row carries a signed code: finished rows are deleted after go.devices.command-retention.
CREATE TABLE device_command (
    id          uuid        PRIMARY KEY,
    device_id   bigint      NOT NULL REFERENCES kiosk_device (id) ON DELETE CASCADE,
    compartment integer     NOT NULL CHECK (compartment BETWEEN 1 AND 255),
    code        text        NOT NULL CHECK (char_length(code) BETWEEN 1 AND 1000),
    state       text        NOT NULL DEFAULT 'NEW'
        CHECK (state IN ('NEW', 'CLAIMED', 'SENT', 'DONE', 'FAILED', 'EXPIRED')),
    -- go.instance-id of the instance that claimed it
    claimed_by  text        CHECK (char_length(claimed_by) BETWEEN 1 AND 100),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    finished_at timestamptz,
    pulsed_at   timestamptz,
    -- the agent's reason for a refusal (e.g. REVOKED), NOT_DELIVERED or NO_ANSWER
    result      text        CHECK (char_length(result) BETWEEN 1 AND 100),
    CONSTRAINT device_command_lifetime CHECK (expires_at > created_at),
    CONSTRAINT device_command_claimed CHECK (state IN ('NEW', 'EXPIRED') OR claimed_by IS NOT NULL),
    CONSTRAINT device_command_finished CHECK ((state IN ('DONE', 'FAILED', 'EXPIRED')) = (finished_at IS NOT NULL))
);

CREATE INDEX device_command_waiting ON device_command (device_id) WHERE state = 'NEW';
CREATE INDEX device_command_age ON device_command (coalesce(finished_at, expires_at));

-- The locker agents connected now: one row per agent, with the instance (go.instance-id) that holds
-- its WebSocket. That instance refreshes heartbeat_at while the connection lasts; a row not
-- refreshed for a minute counts as not connected (its instance died). A new connection, to any
-- instance, takes the row over.
CREATE TABLE agent_connection (
    device_id    bigint      PRIMARY KEY REFERENCES kiosk_device (id) ON DELETE CASCADE,
    instance_id  text        NOT NULL CHECK (char_length(instance_id) BETWEEN 1 AND 100),
    connected_at timestamptz NOT NULL,
    heartbeat_at timestamptz NOT NULL
);

CREATE INDEX agent_connection_instance ON agent_connection (instance_id);
