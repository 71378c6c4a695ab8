package io.payout.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.payout.application.collection.CollectionSettings;
import io.payout.domain.MerchantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pay and Fulfill: the collection providers, which one collects for whom ({@code defaultProvider}: empty means
 * {@code EXPRESS_CHECKOUT} when it is configured, else {@code SANDBOX}), the payment window, polling, the pump, and
 * automatic refunds (on unless a merchant's setting or the order's {@code refundOnFailure} says otherwise).
 */
public class CollectionConfig {
    public static final String EXPRESS_CHECKOUT = "EXPRESS_CHECKOUT";
    public static final String SANDBOX = "SANDBOX";

    @JsonProperty
    private boolean enabled = true;
    @JsonProperty
    private String defaultProvider = "";
    @NotNull
    @JsonProperty
    private Map<String, String> merchantProviders = Map.of();
    @NotNull
    @JsonProperty
    private Duration paymentWindow = Duration.minutes(30);
    @NotNull
    @JsonProperty
    private Duration firstPoll = Duration.seconds(10);
    @NotNull
    @JsonProperty
    private Duration maxPoll = Duration.minutes(5);
    @NotNull
    @JsonProperty
    private Duration retryDelay = Duration.seconds(30);
    @NotNull
    @JsonProperty
    private Duration lease = Duration.seconds(60);
    @NotNull
    @JsonProperty
    private Duration pumpInterval = Duration.milliseconds(500);
    @Min(1)
    @Max(1000)
    @JsonProperty
    private int batchSize = 32;
    @Min(1)
    @Max(256)
    @JsonProperty
    private int workerThreads = 8;
    @JsonProperty
    private boolean autoRefund = true;
    @NotNull
    @JsonProperty
    private Map<String, Boolean> merchantAutoRefund = Map.of();
    @JsonProperty
    private boolean sandboxEndpoints = false;
    @NotNull
    @JsonProperty
    private String sandboxPublicBaseUrl = "http://localhost:8080/payout";
    @Valid
    @NotNull
    @JsonProperty
    private List<CollectionProviderConfig> providers = List.of();

    public boolean enabled() {
        return enabled;
    }

    public java.time.Duration pumpInterval() {
        return pumpInterval.toJavaDuration();
    }

    public int workerThreads() {
        return workerThreads;
    }

    public boolean sandboxEndpoints() {
        return sandboxEndpoints;
    }

    public String sandboxPublicBaseUrl() {
        return sandboxPublicBaseUrl;
    }

    public List<CollectionProviderConfig> providers() {
        return providers;
    }

    /** The provider that collects by default: as configured, else Express Checkout if it is enabled, else the sandbox. */
    public String defaultProvider() {
        if (defaultProvider != null && !defaultProvider.isBlank()) {
            return defaultProvider;
        }
        boolean expressCheckout = providers.stream().anyMatch(p -> p.id().equals(EXPRESS_CHECKOUT) && p.enabled());
        return expressCheckout ? EXPRESS_CHECKOUT : SANDBOX;
    }

    public CollectionSettings settings() {
        Map<MerchantId, String> byMerchant = new HashMap<>();
        merchantProviders.forEach((id, provider) -> byMerchant.put(new MerchantId(id), provider));
        Map<MerchantId, Boolean> refunds = new HashMap<>();
        merchantAutoRefund.forEach((id, on) -> refunds.put(new MerchantId(id), on));
        return new CollectionSettings(defaultProvider(), byMerchant, paymentWindow.toJavaDuration(),
                firstPoll.toJavaDuration(), maxPoll.toJavaDuration(), retryDelay.toJavaDuration(),
                lease.toJavaDuration(), batchSize, autoRefund, refunds);
    }
}
