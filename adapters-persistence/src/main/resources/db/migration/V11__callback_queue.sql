-- Callbacks waiting for the previous callback of their order are QUEUED (no next_attempt_at) instead of PENDING.
-- A callback is written QUEUED when the previous callback of its order (seq - 1) is still PENDING or QUEUED, and
-- PENDING (due at its event) otherwise; when a callback is delivered or given up, the next one of its order, if
-- QUEUED, becomes PENDING, due at its event. So every PENDING callback can be claimed as soon as it is due, and the
-- relay's claim is a range scan of callbacks_next_attempt_idx over due callbacks alone: it no longer looks for
-- earlier PENDING callbacks of the same order (an anti-join that PostgreSQL ran in quadratic time on a large
-- backlog, docs/reliability.md finding 2). A redelivered callback is PENDING again on its own: it holds back only a
-- callback written after it while it is pending.

-- Callbacks written before this change: those behind an open callback of their order wait for it. (Testing for
-- QUEUED too makes a chain come out the same whether the database reads the statement's own changes or not.)
UPDATE callbacks SET status = 'QUEUED', next_attempt_at = NULL
WHERE status = 'PENDING' AND EXISTS (SELECT 1 FROM callbacks p WHERE p.merchant_id = callbacks.merchant_id
    AND p.order_id = callbacks.order_id AND p.seq = callbacks.seq - 1 AND p.status IN ('PENDING', 'QUEUED'));
