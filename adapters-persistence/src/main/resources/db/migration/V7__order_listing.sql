-- Listing a merchant's orders newest first (GET /merchant/v1/orders), a page at a time. Pages are keyset pages:
-- each reads (merchant_id, created_at, order_id) backwards from the last order of the previous page, so a page
-- costs the same wherever it lies, and orders created meanwhile never shift it.
-- One file for PostgreSQL and for H2 2.x in PostgreSQL mode: keep to the SQL both understand.
-- On a large orders table writes to orders wait while the index builds. IF NOT EXISTS lets an operator build it
-- beforehand on PostgreSQL with CREATE INDEX CONCURRENTLY (same name and columns), which does not block writes.

CREATE INDEX IF NOT EXISTS orders_listing_idx ON orders (merchant_id, created_at, order_id);
