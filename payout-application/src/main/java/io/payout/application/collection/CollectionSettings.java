package io.payout.application.collection;

import io.payout.domain.MerchantId;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Pay and Fulfill: which provider collects for a merchant ({@code merchantProviders}, else {@code defaultProvider}),
 * how long the end user has to pay, how often an open payment is polled ({@code firstPoll} doubling up to
 * {@code maxPoll}), how soon a failed provider call is tried again, the claim lease, and whether a collected amount
 * that is not paid out is refunded automatically ({@code merchantAutoRefund}, else {@code autoRefund}).
 */
public record CollectionSettings(String defaultProvider, Map<MerchantId, String> merchantProviders,
                                 Duration paymentWindow, Duration firstPoll, Duration maxPoll, Duration retryDelay,
                                 Duration lease, int batchSize, boolean autoRefund,
                                 Map<MerchantId, Boolean> merchantAutoRefund) {
    public CollectionSettings {
        Objects.requireNonNull(defaultProvider, "defaultProvider");
        merchantProviders = Map.copyOf(merchantProviders);
        Objects.requireNonNull(paymentWindow, "paymentWindow");
        Objects.requireNonNull(firstPoll, "firstPoll");
        Objects.requireNonNull(maxPoll, "maxPoll");
        Objects.requireNonNull(retryDelay, "retryDelay");
        Objects.requireNonNull(lease, "lease");
        merchantAutoRefund = Map.copyOf(merchantAutoRefund);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
    }

    public String providerFor(MerchantId merchantId) {
        return merchantProviders.getOrDefault(merchantId, defaultProvider);
    }

    /** The order's own choice if it made one, else the merchant's, else the default. */
    public boolean refundsOn(MerchantId merchantId, Boolean orderChoice) {
        return orderChoice != null ? orderChoice : merchantAutoRefund.getOrDefault(merchantId, autoRefund);
    }

    /** When to poll an open payment next, {@code age} after it was created: sooner while it is young. */
    public Duration pollDelay(Duration age) {
        Duration delay = firstPoll;
        while (delay.compareTo(maxPoll) < 0 && delay.multipliedBy(4).compareTo(age) < 0) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxPoll) > 0 ? maxPoll : delay;
    }
}
