package io.payout.gateway.host.collection;

import io.payout.collection.spi.CollectionOrderState;
import io.payout.collection.spi.CollectionRequest;
import io.payout.collection.spi.RefundRequest;
import io.payout.collection.spi.RefundState;
import io.payout.domain.Customer;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.PaymentLinks;
import io.payout.domain.collection.ProviderAnswer;
import io.payout.domain.collection.Refund;
import io.payout.domain.collection.RefundAnswer;
import io.payout.domain.collection.RefundStatus;
import java.time.Duration;
import java.time.Instant;

/** Maps between our domain (payments, refunds, {@link Money}) and the collection SPI (plain values, BigDecimal). */
final class CollectionMapper {
    static final String CURRENCY = "INR";

    private CollectionMapper() {
    }

    /** The order to create for {@code payment}: its amount, the order's customer, the window until it expires. */
    static CollectionRequest toRequest(Payment payment, Order order, Instant now) {
        Customer customer = order.customer();
        return new CollectionRequest(payment.providerOrderId(), payment.amount().value(), CURRENCY,
                customer.id().value(), customer.email(), customer.phone(),
                "Payout order " + order.merchantOrderId().value(), expiryInMinutes(now, payment.expiresAt()));
    }

    /** Whole minutes from {@code now} until {@code expiresAt}, at least 1 (a window already over still gets one). */
    static int expiryInMinutes(Instant now, Instant expiresAt) {
        long minutes = Duration.between(now, expiresAt).toMinutes();
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, minutes));
    }

    static RefundRequest toRequest(Refund refund) {
        return new RefundRequest(refund.providerOrderId(), refund.uniqueRequestId(), refund.amount().value());
    }

    static ProviderAnswer toAnswer(CollectionOrderState state) {
        if (state instanceof CollectionOrderState.Open open) {
            return new ProviderAnswer.AwaitingPayment(open.providerStatus(),
                    new PaymentLinks(open.webLink(), open.mobileLink(), open.iframeLink()));
        }
        if (state instanceof CollectionOrderState.Charged charged) {
            return charged(charged);
        }
        if (state instanceof CollectionOrderState.Unknown unknown) {
            return new ProviderAnswer.Unknown(unknown.reason(), unknown.notFound());
        }
        return new ProviderAnswer.Unknown("collection provider gave no answer", false);
    }

    static RefundAnswer toAnswer(RefundState state) {
        if (state instanceof RefundState.Known known && known.status() != null) {
            return new RefundAnswer.Known(RefundStatus.valueOf(known.status().name()), known.providerRefundId(),
                    known.raw());
        }
        if (state instanceof RefundState.Unknown unknown) {
            return new RefundAnswer.Unknown(unknown.reason(), unknown.notFound());
        }
        return new RefundAnswer.Unknown("collection provider gave no answer", false);
    }

    /** A charged amount that is no {@link Money} (none, negative, fractions of a paisa) is not an answer to act on. */
    private static ProviderAnswer charged(CollectionOrderState.Charged charged) {
        try {
            return new ProviderAnswer.Charged(new Money(charged.amount()), charged.providerStatus());
        } catch (RuntimeException e) {
            return new ProviderAnswer.Unknown("collection provider answered charged with an unusable amount", false);
        }
    }
}
