package io.payout.gateway.host.collection;

import io.payout.collection.spi.CollectionOrderState;
import io.payout.collection.spi.RefundState;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One sandbox collection order: its amount, what was charged (once), and its refunds by unique request id. */
final class SandboxOrder {
    private final String providerOrderId;
    private final BigDecimal amount;
    private final String link;
    private final Map<String, RefundState.Known> refunds = new LinkedHashMap<>();
    private BigDecimal charged;
    private BigDecimal refunded = BigDecimal.ZERO;

    SandboxOrder(String providerOrderId, BigDecimal amount, String link) {
        this.providerOrderId = providerOrderId;
        this.amount = amount;
        this.link = link;
    }

    synchronized CollectionOrderState state() {
        return charged == null ? new CollectionOrderState.Open("NEW", link, link, null, null)
                : new CollectionOrderState.Charged(charged, "CHARGED", null);
    }

    /** The end user pays {@code paid} (null: the order's amount); the first payment counts, later ones change nothing. */
    synchronized void pay(BigDecimal paid) {
        if (charged == null) {
            charged = paid == null ? amount : paid;
        }
    }

    /**
     * Refunds at once: {@code SUCCESS}, or {@code FAILURE} when nothing was charged or the refunds would exceed the
     * charge. Idempotent: the same unique request id answers the first outcome.
     */
    synchronized RefundState.Known refund(String uniqueRequestId, BigDecimal refundAmount) {
        RefundState.Known earlier = refunds.get(uniqueRequestId);
        if (earlier != null) {
            return earlier;
        }
        String refundId = "sandbox-" + providerOrderId + "-" + (refunds.size() + 1);
        RefundState.Known outcome;
        if (charged == null || refundAmount.signum() <= 0 || refunded.add(refundAmount).compareTo(charged) > 0) {
            outcome = new RefundState.Known(RefundState.Status.FAILURE, refundId,
                    "the sandbox refunds at most what was charged");
        } else {
            refunded = refunded.add(refundAmount);
            outcome = new RefundState.Known(RefundState.Status.SUCCESS, refundId, null);
        }
        refunds.put(uniqueRequestId, outcome);
        return outcome;
    }

    synchronized Optional<RefundState.Known> refund(String uniqueRequestId) {
        return Optional.ofNullable(refunds.get(uniqueRequestId));
    }
}
