-- Passkeys (WebAuthn), in the tables Spring Security's JDBC repositories read and write.
-- A person's WebAuthn user entity belongs to their account by username and goes with it;
-- its credentials go with the user entity. Nothing here is a secret: the authenticator keeps
-- the private key, the server only the public key.
ALTER TABLE account ADD CONSTRAINT account_username_key UNIQUE (username);

CREATE TABLE user_entities (
    id           varchar(1000) PRIMARY KEY,
    name         text          NOT NULL UNIQUE REFERENCES account (username) ON DELETE CASCADE ON UPDATE CASCADE,
    display_name varchar(200)
);

CREATE TABLE user_credentials (
    credential_id                varchar(1000) PRIMARY KEY,
    user_entity_user_id          varchar(1000) NOT NULL REFERENCES user_entities (id) ON DELETE CASCADE,
    public_key                   bytea         NOT NULL,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       NOT NULL,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       NOT NULL,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamptz,
    last_used                    timestamptz,
    -- the person's own name for it ("Handy", "Laptop"); the page allows 60 characters
    label                        varchar(1000) NOT NULL CHECK (char_length(label) BETWEEN 1 AND 60)
);

CREATE INDEX user_credentials_user ON user_credentials (user_entity_user_id);
