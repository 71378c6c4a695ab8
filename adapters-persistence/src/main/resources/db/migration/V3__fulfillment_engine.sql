-- The fulfillment engine's durable work: when each order and fulfillment is next due, who holds the claim on an
-- order, and the status events of each order, numbered in the order they happened.
-- One file for PostgreSQL and for H2 2.x in PostgreSQL mode: keep to the SQL both understand.
-- orders.version (BIGINT since V2) is the optimistic lock: every claim and every save bumps it.

-- The order's own retry_attempt_policy, as JSON; NULL: the merchant's default applies.
ALTER TABLE orders ADD COLUMN retry_policy TEXT;
-- The earliest next_due_at of the order's fulfillments; NULL: nothing to do unless something changes the order.
ALTER TABLE orders ADD COLUMN next_due_at TIMESTAMP WITH TIME ZONE;
-- The engine instance holding the order, and until when; NULL (or a lease_until in the past): nobody.
ALTER TABLE orders ADD COLUMN lease_owner VARCHAR(100);
ALTER TABLE orders ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
-- The sequence number of the order's last status event (0: none yet).
ALTER TABLE orders ADD COLUMN event_seq BIGINT DEFAULT 0 NOT NULL;

-- When the engine looks at the fulfillment again (NULL: not unless something changes it), and the method of a
-- retry already decided.
ALTER TABLE fulfillments ADD COLUMN next_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE fulfillments ADD COLUMN retry_method VARCHAR(64);

-- Every status change of an order, its fulfillments and their transactions, written with the change itself.
-- "value" is quoted: it is a keyword in H2.
CREATE TABLE status_events (
    merchant_id VARCHAR(64)              NOT NULL,
    order_id    VARCHAR(30)              NOT NULL,
    -- From 1 in each order, without gaps.
    seq         BIGINT                   NOT NULL,
    -- ORDER, FULFILLMENT_ORDER or FULFILLMENT_TXN.
    label       VARCHAR(32)              NOT NULL,
    -- The id of the order, fulfillment or transaction.
    entity_id   VARCHAR(80)              NOT NULL,
    -- The new status.
    "value"     VARCHAR(40)              NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT status_events_pk PRIMARY KEY (merchant_id, order_id, seq),
    CONSTRAINT status_events_order_fk FOREIGN KEY (merchant_id, order_id) REFERENCES orders (merchant_id, order_id)
);

-- Finding due orders, oldest first.
CREATE INDEX orders_next_due_idx ON orders (next_due_at);

-- Work that was waiting before the engine existed: fulfillments not yet attempted are due at their creation, and
-- each order at the earliest of its fulfillments (for a READY_FOR_FULFILLMENT order, its own creation time).
UPDATE fulfillments SET next_due_at = created_at WHERE status = 'CREATED';
UPDATE orders SET next_due_at = (
    SELECT MIN(f.next_due_at) FROM fulfillments f
    WHERE f.merchant_id = orders.merchant_id AND f.order_id = orders.order_id);
