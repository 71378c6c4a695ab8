package io.payout.adapters.persistence;

import io.payout.domain.TransactionId;
import io.payout.domain.TransactionStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes merchants, orders, fulfillments and transactions straight into a migrated database, with any status and
 * creation time, for reconciliation tests (here and in {@code payout-app}). Fulfillments are added as transactions
 * need them; a transaction's {@code transactionRef} is {@code ref_<transactionId>}, its method {@code DUMMY_IMPS},
 * and it was last updated a minute after its creation.
 */
public final class ReconcileRows {
    private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    private final Jdbi jdbi;

    public ReconcileRows(DataSource dataSource) {
        this.jdbi = JdbiSetup.create(dataSource);
    }

    public ReconcileRows merchant(String merchantId) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO merchants (merchant_id, webhook_secret, created_at) "
                + "VALUES (:m, 'whsec_test', :at)").bind("m", merchantId).bind("at", EPOCH).execute());
        return this;
    }

    public ReconcileRows order(String merchantId, String orderId, String merchantOrderId) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO orders (merchant_id, order_id, merchant_order_id, order_type, "
                        + "status, amount, customer_id, request_fingerprint, created_at, updated_at) VALUES (:m, :o, "
                        + ":mo, 'FULFILL_ONLY', 'FULFILLMENTS_SCHEDULED', 100.00, 'cust-1', 'fp', :at, :at)")
                .bind("m", merchantId).bind("o", orderId).bind("mo", merchantOrderId).bind("at", EPOCH).execute());
        return this;
    }

    /** A transaction of an order written before; {@code gatewayRefId} may be null. */
    public ReconcileRows transaction(String merchantId, String transactionId, TransactionStatus status,
                                     Instant createdAt, String amount, String gatewayRefId) {
        TransactionId id = new TransactionId(transactionId);
        String fulfillmentId = id.fulfillmentId().value();
        String orderId = id.fulfillmentId().orderId().value();
        int fulfillmentSeq = Integer.parseInt(fulfillmentId.substring(fulfillmentId.lastIndexOf("-f") + 2));
        int seq = Integer.parseInt(transactionId.substring(transactionId.lastIndexOf("-t") + 2));
        jdbi.useTransaction(h -> {
            boolean known = h.createQuery("SELECT COUNT(*) FROM fulfillments WHERE merchant_id = :m "
                    + "AND fulfillment_id = :f").bind("m", merchantId).bind("f", fulfillmentId).mapTo(int.class).one() > 0;
            if (!known) {
                h.createUpdate("INSERT INTO fulfillments (merchant_id, fulfillment_id, order_id, seq, amount, status, "
                                + "beneficiary_type, beneficiary_details, preferred_methods, fulfillment_methods, "
                                + "additional_info, created_at, updated_at, status_updated_at) VALUES (:m, :f, :o, :seq, "
                                + "100.00, 'PENDING', 'UPI_ID', '{}', '[]', '[]', '{}', :at, :at, :at)")
                        .bind("m", merchantId).bind("f", fulfillmentId).bind("o", orderId).bind("seq", fulfillmentSeq)
                        .bind("at", EPOCH).execute();
            }
            h.createUpdate("INSERT INTO transactions (merchant_id, transaction_id, fulfillment_id, order_id, seq, "
                            + "transaction_ref, method, status, amount, gateway_ref_id, created_at, updated_at) VALUES "
                            + "(:m, :t, :f, :o, :seq, :ref, 'DUMMY_IMPS', :status, :amount, :gw, :created, :updated)")
                    .bind("m", merchantId).bind("t", transactionId).bind("f", fulfillmentId).bind("o", orderId)
                    .bind("seq", seq).bind("ref", "ref_" + transactionId).bind("status", status.name())
                    .bind("amount", new BigDecimal(amount)).bind("gw", gatewayRefId).bind("created", createdAt)
                    .bind("updated", createdAt.plus(Duration.ofMinutes(1))).execute();
        });
        return this;
    }
}
