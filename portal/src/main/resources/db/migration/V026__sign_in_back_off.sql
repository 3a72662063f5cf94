-- Sign-in back-off, kept here so that every portal instance sees the same counters.
--
-- account.failed_logins / locked_until stay the account-wide lock (failures in a row from
-- anywhere); a lock that has run out starts the count again at the next failure.
-- locked_at is when the last lock began: the owner reads it after their next successful
-- sign-in ("Your account was locked on ..."), until they have read it (lockout_seen).
ALTER TABLE account ADD COLUMN locked_at timestamptz;
ALTER TABLE account ADD COLUMN lockout_seen boolean NOT NULL DEFAULT true;

-- The networks an account was tried from: failures in a row from one network block that
-- network for that account, for longer each time (back-off); a network the owner signed
-- in from before stays open while the account-wide lock holds others out. The network
-- is the address cut to its first 24 (IPv4) or 48 (IPv6) bits, then hashed: it names a
-- neighbourhood of a provider, never one connection. Rows go after
-- go.accounts.sign-in-network-retention without activity.
CREATE TABLE sign_in_network (
    account_id      bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    network_hash    bytea       NOT NULL CHECK (octet_length(network_hash) = 32),
    failures        integer     NOT NULL DEFAULT 0 CHECK (failures >= 0),
    locks           integer     NOT NULL DEFAULT 0 CHECK (locks >= 0),
    locked_until    timestamptz,
    last_failure_at timestamptz,
    last_success_at timestamptz,
    PRIMARY KEY (account_id, network_hash),
    CHECK (last_failure_at IS NOT NULL OR last_success_at IS NOT NULL)
);

CREATE INDEX sign_in_network_last_activity
    ON sign_in_network ((greatest(last_failure_at, last_success_at)));
