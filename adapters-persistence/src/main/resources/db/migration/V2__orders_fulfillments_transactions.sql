-- Payout orders, their fulfillments (one per beneficiary) and the transactions (attempts at a gateway).
-- One file for PostgreSQL and for H2 2.x in PostgreSQL mode: keep to the SQL both understand.
-- Money is NUMERIC(18, 2), never floating point. Keys lead with merchant_id (future sharding by merchant).
-- Free text the merchant sends is TEXT: the domain checks lengths in characters.

CREATE TABLE orders (
    merchant_id         VARCHAR(64)              NOT NULL,
    order_id            VARCHAR(30)              NOT NULL,
    -- The merchant's own id of the order (orderId in the API).
    merchant_order_id   VARCHAR(64)              NOT NULL,
    order_type          VARCHAR(32)              NOT NULL,
    status              VARCHAR(32)              NOT NULL,
    amount              NUMERIC(18, 2)           NOT NULL,
    customer_id         TEXT                     NOT NULL,
    customer_phone      VARCHAR(16),
    customer_email      TEXT,
    udf1                TEXT,
    udf2                TEXT,
    udf3                TEXT,
    udf4                TEXT,
    udf5                TEXT,
    -- SHA-256 of the create request, to tell a retry from a different request reusing the orderId.
    request_fingerprint VARCHAR(64)              NOT NULL,
    -- For optimistic locking of later updates.
    version             BIGINT                   DEFAULT 0 NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT orders_pk PRIMARY KEY (merchant_id, order_id),
    -- Settles concurrent creates of the same order; also the index for lookups by the merchant's id.
    CONSTRAINT orders_merchant_order_id_uq UNIQUE (merchant_id, merchant_order_id),
    CONSTRAINT orders_merchant_fk FOREIGN KEY (merchant_id) REFERENCES merchants (merchant_id)
);

CREATE TABLE fulfillments (
    merchant_id         VARCHAR(64)              NOT NULL,
    fulfillment_id      VARCHAR(64)              NOT NULL,
    order_id            VARCHAR(30)              NOT NULL,
    -- Position in the order, from 1.
    seq                 INTEGER                  NOT NULL,
    amount              NUMERIC(18, 2)           NOT NULL,
    status              VARCHAR(32)              NOT NULL,
    beneficiary_type    VARCHAR(32)              NOT NULL,
    -- JSON object; its fields depend on beneficiary_type.
    beneficiary_details TEXT                     NOT NULL,
    -- JSON arrays of method ids, e.g. ["DUMMY_IMPS","DUMMY_NEFT"].
    preferred_methods   TEXT                     NOT NULL,
    fulfillment_methods TEXT                     NOT NULL,
    udf1                TEXT,
    udf2                TEXT,
    udf3                TEXT,
    udf4                TEXT,
    udf5                TEXT,
    -- JSON object, including webhookDetails with its password (needed to send callbacks).
    additional_info     TEXT                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    status_updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fulfillments_pk PRIMARY KEY (merchant_id, fulfillment_id),
    -- Also the index for loading an order's fulfillments in order.
    CONSTRAINT fulfillments_order_seq_uq UNIQUE (merchant_id, order_id, seq),
    CONSTRAINT fulfillments_order_fk FOREIGN KEY (merchant_id, order_id) REFERENCES orders (merchant_id, order_id)
);

CREATE TABLE transactions (
    merchant_id          VARCHAR(64)              NOT NULL,
    transaction_id       VARCHAR(64)              NOT NULL,
    fulfillment_id       VARCHAR(64)              NOT NULL,
    order_id             VARCHAR(30)              NOT NULL,
    -- Position among the fulfillment's attempts, from 1.
    seq                  INTEGER                  NOT NULL,
    -- Our reference at the gateway (its idempotency key): unique across merchants.
    transaction_ref      VARCHAR(64)              NOT NULL,
    method               VARCHAR(64)              NOT NULL,
    status               VARCHAR(32)              NOT NULL,
    amount               NUMERIC(18, 2)           NOT NULL,
    gateway_ref_id       TEXT,
    response_code        TEXT,
    response_message     TEXT,
    response_description TEXT,
    -- The gateway's raw reply, as received.
    txn_response         TEXT,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT transactions_pk PRIMARY KEY (merchant_id, transaction_id),
    CONSTRAINT transactions_ref_uq UNIQUE (transaction_ref),
    CONSTRAINT transactions_fulfillment_seq_uq UNIQUE (merchant_id, fulfillment_id, seq),
    CONSTRAINT transactions_fulfillment_fk FOREIGN KEY (merchant_id, fulfillment_id)
        REFERENCES fulfillments (merchant_id, fulfillment_id)
);

-- Loading an order's transactions in one query.
CREATE INDEX transactions_order_idx ON transactions (merchant_id, order_id);
