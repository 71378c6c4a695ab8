-- Pay and Fulfill: the collection of an order's money at a provider (one payment per order, written with the order),
-- and the refunds of what was collected and not paid out. Each row carries its own next_due_at, claimed in batches
-- like the engine's orders: a claim moves next_due_at to the end of the lease.
-- One file for PostgreSQL and for H2 2.x in PostgreSQL mode: keep to the SQL both understand (no partial indexes).

CREATE TABLE payments (
    merchant_id       VARCHAR(64)              NOT NULL,
    order_id          VARCHAR(30)              NOT NULL,
    -- The collection provider, and our id of the order there (short enough for the provider; unique at it).
    provider          VARCHAR(40)              NOT NULL,
    provider_order_id VARCHAR(20)              NOT NULL,
    amount            NUMERIC(18, 2)           NOT NULL,
    -- PENDING_CREATION, AWAITING_PAYMENT, CHARGED, EXPIRED or AMOUNT_MISMATCH.
    status            VARCHAR(20)              NOT NULL,
    -- The provider's own word for the state, as it said it.
    provider_status   VARCHAR(40),
    -- What the provider charged (NULL until it did).
    charged_amount    NUMERIC(18, 2),
    -- Where the end user pays, as the provider returned them.
    link_web          VARCHAR(2048),
    link_mobile       VARCHAR(2048),
    link_iframe       VARCHAR(2048),
    -- The order's own choice of a refund when fulfillment fails; NULL: the merchant's.
    refund_on_failure BOOLEAN,
    -- The end of the payment window.
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Why it ended as it did, or the last error while it is open.
    reason            VARCHAR(500),
    -- When the payment is looked at next (also the end of a claim on it); NULL: nothing to do.
    next_due_at       TIMESTAMP WITH TIME ZONE,
    -- Set (for a CHARGED payment) when its order reaches a final status: whether to refund is still to be decided.
    refund_check_due  BOOLEAN                  DEFAULT FALSE NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payments_pk PRIMARY KEY (merchant_id, order_id),
    -- Webhooks name the payment by the provider's order id.
    CONSTRAINT payments_provider_order_uq UNIQUE (provider, provider_order_id),
    CONSTRAINT payments_order_fk FOREIGN KEY (merchant_id, order_id) REFERENCES orders (merchant_id, order_id)
);

-- Finding due payments, earliest first.
CREATE INDEX payments_next_due_idx ON payments (next_due_at);
-- Finding the charged payments whose refund check is due.
CREATE INDEX payments_refund_check_idx ON payments (refund_check_due, status);

CREATE TABLE refunds (
    -- <orderId>-r<n>, n from 1 per order; without the dashes, the unique request id sent to the provider.
    refund_id          VARCHAR(40)              NOT NULL,
    merchant_id        VARCHAR(64)              NOT NULL,
    order_id           VARCHAR(30)              NOT NULL,
    provider           VARCHAR(40)              NOT NULL,
    provider_order_id  VARCHAR(20)              NOT NULL,
    amount             NUMERIC(18, 2)           NOT NULL,
    -- PENDING, SUCCESS or FAILURE.
    status             VARCHAR(16)              NOT NULL,
    -- Whether the provider has answered for it at least once (until then a lost answer means "maybe sent").
    acknowledged       BOOLEAN                  DEFAULT FALSE NOT NULL,
    provider_refund_id VARCHAR(100),
    reason             VARCHAR(500),
    -- When the refund is looked at next (also the end of a claim on it); NULL: nothing to do.
    next_due_at        TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT refunds_pk PRIMARY KEY (refund_id),
    CONSTRAINT refunds_order_fk FOREIGN KEY (merchant_id, order_id) REFERENCES orders (merchant_id, order_id)
);

-- Finding due refunds, earliest first.
CREATE INDEX refunds_next_due_idx ON refunds (next_due_at);
-- An order's refunds.
CREATE INDEX refunds_order_idx ON refunds (merchant_id, order_id);
