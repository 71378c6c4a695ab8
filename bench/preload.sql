-- Historical load for bench/run --preload N: N paid Fulfill Only orders of merchant 'bench' spread over the last 30
-- days, each as the engine leaves it once its 24 h watch is over (FULFILLMENTS_SUCCESSFUL, nothing due, no lease):
-- one fulfillment, one SUCCESS transaction, its six status events and its final ORDER callback, DELIVERED with its
-- attempt (the five earlier callbacks of each order are left out to keep the load quick). Run with psql -v rows=N
-- after the service has migrated the database and the merchant exists.
\set ON_ERROR_STOP on
\timing on

CREATE TEMP TABLE hist AS
SELECT g,
       'h' || lpad(to_hex(g), 29, '0') AS oid,
       now() - interval '30 days' + (interval '30 days' * g / :rows) - interval '1 day' AS t,
       ((g % 901) + 100) / 100.0 AS amount
FROM generate_series(1, :rows) AS g;

INSERT INTO orders (merchant_id, order_id, merchant_order_id, order_type, status, amount, customer_id,
                    request_fingerprint, version, created_at, updated_at, retry_policy, next_due_at, lease_owner,
                    lease_until, event_seq, callback_seq)
SELECT 'bench', oid, 'hist-' || g, 'FULFILL_ONLY', 'FULFILLMENTS_SUCCESSFUL', amount, 'cust-' || (g % 5000),
       md5(oid) || md5(oid || 'x'), 3, t, t + interval '2 seconds', NULL, NULL, NULL, NULL, 6, 6
FROM hist;

INSERT INTO fulfillments (merchant_id, fulfillment_id, order_id, seq, amount, status, beneficiary_type,
                          beneficiary_details, preferred_methods, fulfillment_methods, additional_info, created_at,
                          updated_at, status_updated_at, next_due_at, retry_method)
SELECT 'bench', oid || '-f1', oid, 1, amount, 'SUCCESS', 'ACCOUNT_IFSC',
       '{"name":"Asha Rao","account":"026291800001191","ifsc":"YESB0000262"}', '["DUMMY_IMPS"]', '["DUMMY_IMPS"]',
       '{"remark":"history"}', t, t + interval '2 seconds', t + interval '2 seconds', NULL, NULL
FROM hist;

INSERT INTO transactions (merchant_id, transaction_id, fulfillment_id, order_id, seq, transaction_ref, method, status,
                          amount, gateway_ref_id, txn_response, created_at, updated_at)
SELECT 'bench', oid || '-f1-t1', oid || '-f1', oid, 1, oid || 'f1t1', 'DUMMY_IMPS', 'SUCCESS', amount,
       'DUMMY' || (100000000000 + g),
       '{"status":"SUCCESS","transactionRef":"' || oid || 'f1t1","gatewayRefId":"DUMMY' || (100000000000 + g) || '"}',
       t + interval '1 second', t + interval '2 seconds'
FROM hist;

INSERT INTO status_events (merchant_id, order_id, seq, label, entity_id, "value", occurred_at)
SELECT 'bench', oid, e.seq, e.label, oid || e.suffix, e.value, t + e.after
FROM hist CROSS JOIN (VALUES
    (1, 'ORDER', '', 'FULFILLMENTS_SCHEDULED', interval '1 second'),
    (2, 'FULFILLMENT_TXN', '-f1-t1', 'CREATED', interval '1 second'),
    (3, 'FULFILLMENT_ORDER', '-f1', 'PENDING', interval '1 second'),
    (4, 'FULFILLMENT_TXN', '-f1-t1', 'SUCCESS', interval '2 seconds'),
    (5, 'FULFILLMENT_ORDER', '-f1', 'SUCCESS', interval '2 seconds'),
    (6, 'ORDER', '', 'FULFILLMENTS_SUCCESSFUL', interval '2 seconds')) AS e(seq, label, suffix, value, after);

INSERT INTO callbacks (callback_id, merchant_id, order_id, seq, label, "value", entity_id, occurred_at, info, url,
                       status, attempts, retry_step, next_attempt_at, delivered_at, created_at)
SELECT oid || '-c6', 'bench', oid, 6, 'ORDER', 'FULFILLMENTS_SUCCESSFUL', oid, t + interval '2 seconds',
       '{"id":"' || oid || '","orderId":"hist-' || g || '","status":"FULFILLMENTS_SUCCESSFUL","amount":' || amount
           || ',"customerId":"cust-' || (g % 5000) || '","type":"FULFILL_ONLY"}',
       'http://127.0.0.1:18090/callbacks', 'DELIVERED', 1, 0, NULL, t + interval '3 seconds', t + interval '2 seconds'
FROM hist;

INSERT INTO callback_attempts (callback_id, attempt_no, merchant_id, started_at, duration_ms, http_status)
SELECT oid || '-c6', 1, 'bench', t + interval '3 seconds', 5, 200 FROM hist;

DROP TABLE hist;
VACUUM (ANALYZE) orders, fulfillments, transactions, status_events, callbacks, callback_attempts;
CHECKPOINT;
