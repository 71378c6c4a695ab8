-- Merchants and the hashes of their API keys.
-- One file for PostgreSQL and for H2 2.x in PostgreSQL mode: keep to the SQL both understand.
-- Every table carries merchant_id, so that data can later be sharded by merchant.

CREATE TABLE merchants (
    merchant_id    VARCHAR(64)              NOT NULL,
    -- Signs our callbacks (Standard Webhooks), so it is kept as issued, not hashed.
    webhook_secret VARCHAR(255)             NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT merchants_pk PRIMARY KEY (merchant_id)
);

CREATE TABLE api_keys (
    -- SHA-256 of the key, in hex; the key itself is never stored.
    key_hash    VARCHAR(128)             NOT NULL,
    merchant_id VARCHAR(64)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Null: the key does not expire. A key works while now < expires_at.
    expires_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_keys_pk PRIMARY KEY (key_hash),
    CONSTRAINT api_keys_merchant_fk FOREIGN KEY (merchant_id) REFERENCES merchants (merchant_id)
);

CREATE INDEX api_keys_merchant_idx ON api_keys (merchant_id);
