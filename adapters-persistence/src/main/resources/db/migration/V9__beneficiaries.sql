-- Saved beneficiaries (POST /merchant/v2/benedetails) with their validation work, and the callback outbox opened to
-- them: a beneficiary's VALIDATION_V2 callbacks are keyed by its unique_id where an order's are keyed by its order_id.
-- One file for PostgreSQL and for H2 2.x in PostgreSQL mode: keep to the SQL both understand (no partial indexes).

CREATE TABLE beneficiaries (
    merchant_id           VARCHAR(64)              NOT NULL,
    -- Our id (uniqueId in the API): 30 hex characters, also the key of its callbacks (callbacks.order_id).
    unique_id             VARCHAR(30)              NOT NULL,
    -- The merchant's customer (at most 64 characters) and the merchant's id of the beneficiary (beneId).
    customer_id           VARCHAR(255)             NOT NULL,
    bene_id               VARCHAR(64)              NOT NULL,
    -- CREATE or VALIDATE, as the merchant asked.
    action                VARCHAR(16)              NOT NULL,
    -- ACCOUNT_IFSC or UPI_ID, and its details as a JSON object (the shape of fulfillments.beneficiary_details).
    payee_type            VARCHAR(32)              NOT NULL,
    payee_details         TEXT                     NOT NULL,
    email                 TEXT,
    phone                 VARCHAR(16),
    -- The beneficiary's own callback target (additionalInfo.webhookDetails), kept as given (we send the
    -- credentials), never shown or logged. NULL webhook_url: the merchant's configuration applies.
    webhook_url           VARCHAR(2048),
    webhook_username      VARCHAR(255),
    webhook_password      VARCHAR(255),
    webhook_custom_header TEXT,
    -- CREATED, PENDING, VALID, INVALID or ERROR; why, in words; the holder's name at the bank (from a valid answer);
    -- the method the last answer came through (e.g. DUMMY_UPI).
    status                VARCHAR(16)              NOT NULL,
    remark                TEXT,
    name_at_bank          VARCHAR(255),
    validated_by          VARCHAR(64),
    -- Validation attempts made so far.
    attempts              INTEGER                  DEFAULT 0 NOT NULL,
    -- PENDING only: when it is validated next (also the end of a claim on it), and the instance holding the claim.
    next_attempt_at       TIMESTAMP WITH TIME ZONE,
    lease_owner           VARCHAR(100),
    -- The sequence number of its last callback (0: none yet).
    callback_seq          BIGINT                   DEFAULT 0 NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT beneficiaries_pk PRIMARY KEY (merchant_id, unique_id),
    -- Settles concurrent saves of one beneId; also the index for lookups by the merchant's key.
    CONSTRAINT beneficiaries_bene_id_uq UNIQUE (merchant_id, customer_id, bene_id),
    CONSTRAINT beneficiaries_merchant_fk FOREIGN KEY (merchant_id) REFERENCES merchants (merchant_id)
);

-- Finding due validations, earliest first (finished ones have none).
CREATE INDEX beneficiaries_next_attempt_idx ON beneficiaries (next_attempt_at);

-- callbacks.order_id is now the key a callback is sequenced under: an order's id, or a beneficiary's unique_id (for
-- VALIDATION_V2, numbered by beneficiaries.callback_seq). Both are 30 random hex characters. So it no longer always
-- names an order, and its foreign key goes; callbacks_order_seq_uq still numbers each key's callbacks.
ALTER TABLE callbacks DROP CONSTRAINT callbacks_order_fk;
