package io.payout.domain.collection;

import io.payout.domain.Money;

/** What a collection provider said about an order it collects for. */
public sealed interface ProviderAnswer {
    /** Exists and is not (yet) charged: new, pending, or a payment attempt failed (the user may try again). */
    record AwaitingPayment(String providerStatus, PaymentLinks links) implements ProviderAnswer {
    }

    /** Charged {@code amount}. */
    record Charged(Money amount, String providerStatus) implements ProviderAnswer {
    }

    /** No answer we can rely on (timeout, error); {@code notFound}: the provider does not know the order. */
    record Unknown(String reason, boolean notFound) implements ProviderAnswer {
    }
}
