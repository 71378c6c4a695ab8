package io.payout.application.fakes;

import io.payout.domain.MerchantId;
import io.payout.domain.OrderId;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.PaymentStatus;
import io.payout.domain.collection.Refund;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The payments and refunds of an {@link InMemoryOrderStore}, kept as the database keeps them: each with its next due
 * time (null: nothing to do), which a claim moves to the lease's end; only open payments and pending refunds are
 * claimed; a payment has a refund check flag; refunds come oldest first. Not thread-safe: the store calls it under
 * its lock.
 */
final class InMemoryCollections {
    private static final class DuePayment {
        Payment payment;
        Instant nextDueAt;
        boolean refundCheckDue;

        DuePayment(Payment payment, Instant nextDueAt) {
            this.payment = payment;
            this.nextDueAt = nextDueAt;
        }

        boolean dueAt(Instant now) {
            return !payment.status().isFinal() && nextDueAt != null && !nextDueAt.isAfter(now);
        }
    }

    private static final class DueRefund {
        Refund refund;
        Instant nextDueAt;

        DueRefund(Refund refund, Instant nextDueAt) {
            this.refund = refund;
            this.nextDueAt = nextDueAt;
        }

        boolean dueAt(Instant now) {
            return !refund.status().isFinal() && nextDueAt != null && !nextDueAt.isAfter(now);
        }
    }

    private final Map<OrderId, DuePayment> payments = new LinkedHashMap<>();
    private final Map<String, DueRefund> refunds = new LinkedHashMap<>();

    /** Whether {@code payment} could be inserted: its order has none, and its provider order id is free. */
    boolean canInsert(Payment payment) {
        return !payments.containsKey(payment.orderId()) && payments.values().stream().map(d -> d.payment)
                .noneMatch(p -> p.provider().equals(payment.provider())
                        && p.providerOrderId().equals(payment.providerOrderId()));
    }

    void insertPayment(Payment payment, Instant nextDueAt) {
        payments.put(payment.orderId(), new DuePayment(payment, nextDueAt));
    }

    List<Payment> claimDuePayments(Instant now, Instant leaseUntil, int limit) {
        List<DuePayment> due = payments.values().stream().filter(d -> d.dueAt(now))
                .sorted(Comparator.comparing(d -> d.nextDueAt)).limit(limit).toList();
        due.forEach(d -> d.nextDueAt = leaseUntil);
        return due.stream().map(d -> d.payment).toList();
    }

    /** Throws if the payment is unknown (before anything is written). */
    void requirePayment(Payment payment) {
        DuePayment stored = payments.get(payment.orderId());
        if (stored == null || !stored.payment.merchantId().equals(payment.merchantId())) {
            throw new IllegalArgumentException("no payment of order " + payment.orderId());
        }
    }

    /** @return false, changing nothing, if the stored payment is final already */
    boolean savePayment(Payment payment, Instant nextDueAt) {
        requirePayment(payment);
        DuePayment stored = payments.get(payment.orderId());
        if (stored.payment.status().isFinal()) {
            return false;
        }
        stored.payment = payment;
        stored.nextDueAt = nextDueAt;
        return true;
    }

    Optional<Payment> payment(MerchantId merchantId, OrderId orderId) {
        return Optional.ofNullable(payments.get(orderId)).map(d -> d.payment)
                .filter(p -> p.merchantId().equals(merchantId));
    }

    /** An open payment due earlier already keeps its due time. */
    boolean makePaymentDueNow(String provider, String providerOrderId, Instant now) {
        Optional<DuePayment> open = payments.values().stream()
                .filter(d -> d.payment.provider().equals(provider)
                        && d.payment.providerOrderId().equals(providerOrderId))
                .filter(d -> !d.payment.status().isFinal()).findFirst();
        open.filter(d -> d.nextDueAt == null || d.nextDueAt.isAfter(now)).ifPresent(d -> d.nextDueAt = now);
        return open.isPresent();
    }

    /** The order reached a final status: a charged payment's refund check is due (again). */
    void markRefundCheckDue(OrderId orderId) {
        Optional.ofNullable(payments.get(orderId)).filter(d -> d.payment.status() == PaymentStatus.CHARGED)
                .ifPresent(d -> d.refundCheckDue = true);
    }

    /** Charged payments whose refund check is due, least recently updated first. */
    List<Payment> refundCheckDue(int limit) {
        return payments.values().stream()
                .filter(d -> d.refundCheckDue && d.payment.status() == PaymentStatus.CHARGED).map(d -> d.payment)
                .sorted(Comparator.comparing(Payment::updatedAt).thenComparing(p -> p.merchantId().value())
                        .thenComparing(p -> p.orderId().value()))
                .limit(limit).toList();
    }

    /** @return false if the check was not due (nothing changes) */
    boolean clearRefundCheck(Payment payment) {
        DuePayment stored = payments.get(payment.orderId());
        if (stored == null || !stored.payment.merchantId().equals(payment.merchantId()) || !stored.refundCheckDue) {
            return false;
        }
        stored.refundCheckDue = false;
        return true;
    }

    void insertRefund(Refund refund, Instant nextDueAt) {
        if (refunds.containsKey(refund.id())) {
            throw new IllegalStateException("refund " + refund.id() + " exists");
        }
        refunds.put(refund.id(), new DueRefund(refund, nextDueAt));
    }

    List<Refund> claimDueRefunds(Instant now, Instant leaseUntil, int limit) {
        List<DueRefund> due = refunds.values().stream().filter(d -> d.dueAt(now))
                .sorted(Comparator.comparing(d -> d.nextDueAt)).limit(limit).toList();
        due.forEach(d -> d.nextDueAt = leaseUntil);
        return due.stream().map(d -> d.refund).toList();
    }

    /** Throws if the merchant has no such refund (before anything is written). */
    void requireRefund(Refund refund) {
        DueRefund stored = refunds.get(refund.id());
        if (stored == null || !stored.refund.merchantId().equals(refund.merchantId())) {
            throw new IllegalArgumentException("no refund " + refund.id());
        }
    }

    /** @return false, changing nothing, if the stored refund is final already */
    boolean saveRefund(Refund refund, Instant nextDueAt) {
        requireRefund(refund);
        DueRefund stored = refunds.get(refund.id());
        if (stored.refund.status().isFinal()) {
            return false;
        }
        stored.refund = refund;
        stored.nextDueAt = nextDueAt;
        return true;
    }

    List<Refund> refundsOf(MerchantId merchantId, OrderId orderId) {
        return refunds.values().stream().map(d -> d.refund)
                .filter(r -> r.merchantId().equals(merchantId) && r.orderId().equals(orderId))
                .sorted(Comparator.comparing(Refund::createdAt).thenComparing(r -> r.id().length())
                        .thenComparing(Refund::id))
                .toList();
    }
}
