-- The callback outbox: the merchant webhooks reporting status changes, written in the same transaction as the
-- changes themselves (next to status_events), then posted by the relay, an order's callbacks one at a time and in
-- sequence. Each post is logged in callback_attempts. Merchants get their callback configuration, and a previous
-- signing secret that still signs during a rotation's overlap window.
-- One file for PostgreSQL and for H2 2.x in PostgreSQL mode: keep to the SQL both understand (no partial indexes).
-- "value" is quoted: it is a keyword in H2.

-- The sequence number of the order's last callback (0: none yet).
ALTER TABLE orders ADD COLUMN callback_seq BIGINT DEFAULT 0 NOT NULL;

-- Where the merchant's callbacks go (NULL webhook_url: nowhere, unless a fulfillment names its own webhookDetails).
ALTER TABLE merchants ADD COLUMN webhook_url VARCHAR(2048);
-- HTTP Basic credentials for the callback URL; kept as given (we send them), never logged.
ALTER TABLE merchants ADD COLUMN webhook_username VARCHAR(255);
ALTER TABLE merchants ADD COLUMN webhook_password VARCHAR(255);
-- JSON object of extra header names to values, as the merchant sent it.
ALTER TABLE merchants ADD COLUMN webhook_custom_header TEXT;
-- The labels the merchant wants, comma-separated (ORDER,FULFILLMENT_ORDER,FULFILLMENT_TXN); NULL: every label.
ALTER TABLE merchants ADD COLUMN webhook_labels VARCHAR(200);
-- The secret webhook_secret replaced, which still signs (besides the current one) while now < the until time.
ALTER TABLE merchants ADD COLUMN previous_webhook_secret VARCHAR(255);
ALTER TABLE merchants ADD COLUMN previous_webhook_secret_until TIMESTAMP WITH TIME ZONE;

CREATE TABLE callbacks (
    -- <orderId>-c<seq>: the webhook-id of every attempt, so that receivers can drop duplicates.
    callback_id     VARCHAR(60)              NOT NULL,
    merchant_id     VARCHAR(64)              NOT NULL,
    order_id        VARCHAR(30)              NOT NULL,
    -- From 1 in each order, without gaps (orders.callback_seq is the last one).
    seq             BIGINT                   NOT NULL,
    -- What the callback reports: ORDER, FULFILLMENT_ORDER or FULFILLMENT_TXN, Juspay's value, and the id of the
    -- order, fulfillment or transaction.
    label           VARCHAR(32)              NOT NULL,
    "value"         VARCHAR(40)              NOT NULL,
    entity_id       VARCHAR(80)              NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The order, fulfillment or transaction as the status API showed it when the change happened (JSON).
    info            TEXT                     NOT NULL,
    -- The target, copied when the callback was written: later changes of configuration do not move it.
    url             VARCHAR(2048)            NOT NULL,
    username        VARCHAR(255),
    password        VARCHAR(255),
    custom_header   TEXT,
    -- PENDING, DELIVERED or FAILED.
    status          VARCHAR(16)              NOT NULL,
    -- Attempts made so far, and retry delays of the schedule used so far.
    attempts        INTEGER                  DEFAULT 0 NOT NULL,
    retry_step      INTEGER                  DEFAULT 0 NOT NULL,
    -- When the relay posts it next (also the end of a relay's claim on it); NULL unless PENDING.
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    -- When a 2xx answer arrived (the end of the attempt that got it).
    delivered_at    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT callbacks_pk PRIMARY KEY (callback_id),
    -- Also the index for an order's callbacks in order, and for finding the head of each order.
    CONSTRAINT callbacks_order_seq_uq UNIQUE (merchant_id, order_id, seq),
    CONSTRAINT callbacks_order_fk FOREIGN KEY (merchant_id, order_id) REFERENCES orders (merchant_id, order_id)
);

-- Finding due callbacks, earliest first.
CREATE INDEX callbacks_next_attempt_idx ON callbacks (next_attempt_at);
-- Finding a merchant's failed callbacks of a time range, to deliver them again.
CREATE INDEX callbacks_merchant_status_idx ON callbacks (merchant_id, status, created_at);

-- Every post of a callback, numbered from 1 per callback.
CREATE TABLE callback_attempts (
    callback_id VARCHAR(60)              NOT NULL,
    attempt_no  INTEGER                  NOT NULL,
    merchant_id VARCHAR(64)              NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms BIGINT                   NOT NULL,
    -- The HTTP status of the answer; NULL when none arrived (then error says why).
    http_status INTEGER,
    error       VARCHAR(500),
    CONSTRAINT callback_attempts_pk PRIMARY KEY (callback_id, attempt_no),
    CONSTRAINT callback_attempts_callback_fk FOREIGN KEY (callback_id) REFERENCES callbacks (callback_id)
);
