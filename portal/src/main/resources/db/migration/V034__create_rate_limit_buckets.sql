-- Rate limits shared by all portal instances (Bucket4j's PostgreSQL back end). One row per
-- limit and client address or target: the id names the limit and carries only a SHA-256 hash
-- of the address or code; state is Bucket4j's serialised bucket; expires_at (milliseconds since
-- the epoch) is when the bucket is full again, after which the row means nothing and is deleted.
CREATE TABLE rate_limit_bucket (
    id         text PRIMARY KEY,
    state      bytea,
    expires_at bigint
);

CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
