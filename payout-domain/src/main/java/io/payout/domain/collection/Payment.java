package io.payout.domain.collection;

import io.payout.domain.MerchantId;
import io.payout.domain.Money;
import io.payout.domain.OrderId;
import java.time.Instant;
import java.util.Objects;

/**
 * The collection of a Pay and Fulfill order: one per order, at one provider, under {@code providerOrderId} (ours,
 * short enough for the provider, unique). {@code refundOnFailure}: the order's own choice (null: the merchant's).
 * {@code reason}: why it ended as it did, or the last error while it is still open.
 */
public record Payment(OrderId orderId, MerchantId merchantId, String provider, String providerOrderId, Money amount,
                      PaymentStatus status, String providerStatus, Money chargedAmount, PaymentLinks links,
                      Boolean refundOnFailure, Instant expiresAt, String reason, Instant createdAt,
                      Instant updatedAt) {
    public Payment {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerOrderId, "providerOrderId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        links = links == null ? PaymentLinks.NONE : links;
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (reason != null && reason.length() > 500) {
            reason = reason.substring(0, 500);
        }
    }

    /** A payment not yet created at the provider. */
    public static Payment open(OrderId orderId, MerchantId merchantId, String provider, String providerOrderId,
                               Money amount, Boolean refundOnFailure, Instant expiresAt, Instant now) {
        return new Payment(orderId, merchantId, provider, providerOrderId, amount, PaymentStatus.PENDING_CREATION,
                null, null, PaymentLinks.NONE, refundOnFailure, expiresAt, null, now, now);
    }

    public Payment awaiting(String providerStatus, PaymentLinks newLinks, Instant now) {
        PaymentLinks kept = newLinks == null || newLinks.equals(PaymentLinks.NONE) ? links : newLinks;
        return new Payment(orderId, merchantId, provider, providerOrderId, amount, PaymentStatus.AWAITING_PAYMENT,
                providerStatus, null, kept, refundOnFailure, expiresAt, null, createdAt, now);
    }

    /** Still open, with what went wrong last (e.g. the provider could not be reached). */
    public Payment withError(String error, Instant now) {
        return new Payment(orderId, merchantId, provider, providerOrderId, amount, status, providerStatus,
                chargedAmount, links, refundOnFailure, expiresAt, error, createdAt, now);
    }

    /** Charged {@code charged}: {@code CHARGED} if it is the order amount, else {@code AMOUNT_MISMATCH}. */
    public Payment charged(Money charged, String newProviderStatus, Instant now) {
        boolean matches = charged.compareTo(amount) == 0;
        return new Payment(orderId, merchantId, provider, providerOrderId, amount,
                matches ? PaymentStatus.CHARGED : PaymentStatus.AMOUNT_MISMATCH, newProviderStatus, charged, links,
                refundOnFailure, expiresAt, matches ? null : "charged " + charged + " for an order of " + amount,
                createdAt, now);
    }

    public Payment expired(Instant now) {
        return new Payment(orderId, merchantId, provider, providerOrderId, amount, PaymentStatus.EXPIRED,
                providerStatus, null, links, refundOnFailure, expiresAt,
                "not paid within the payment window (until " + expiresAt + ")", createdAt, now);
    }
}
