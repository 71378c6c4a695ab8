package io.payout.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.payout.app.config.AdmissionConfig;
import io.payout.app.config.AuthFailureLimitConfig;
import io.payout.app.config.AuthSettings;
import io.payout.app.config.BeneficiaryConfig;
import io.payout.app.config.DatabaseSettings;
import io.payout.app.config.DemoSettings;
import io.payout.app.config.EngineConfig;
import io.payout.app.config.CallbackConfig;
import io.payout.app.config.CollectionConfig;
import io.payout.app.config.GatewaysConfig;
import io.payout.app.config.OrderSettings;
import io.payout.app.config.RateLimitConfig;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Everything in {@code config.yml}; environment variables override it through {@code ${NAME:-default}}. */
public class PayoutConfiguration extends Configuration {
    @Valid
    @NotNull
    @JsonProperty
    private DatabaseSettings database;
    @Valid
    @NotNull
    @JsonProperty
    private AuthSettings auth = new AuthSettings();
    @Valid
    @NotNull
    @JsonProperty
    private OrderSettings orders = new OrderSettings();
    @Valid
    @NotNull
    @JsonProperty
    private RateLimitConfig rateLimit = new RateLimitConfig();
    @Valid
    @NotNull
    @JsonProperty
    private AuthFailureLimitConfig authFailureLimit = new AuthFailureLimitConfig();
    @Valid
    @NotNull
    @JsonProperty
    private AdmissionConfig admission = new AdmissionConfig();
    @Valid
    @NotNull
    @JsonProperty
    private DemoSettings demo = new DemoSettings();
    @Valid
    @NotNull
    @JsonProperty
    private EngineConfig engine = new EngineConfig();
    @Valid
    @NotNull
    @JsonProperty
    private GatewaysConfig gateways = new GatewaysConfig();
    @Valid
    @NotNull
    @JsonProperty
    private CallbackConfig callbacks = new CallbackConfig();
    @Valid
    @NotNull
    @JsonProperty
    private CollectionConfig collections = new CollectionConfig();
    @Valid
    @NotNull
    @JsonProperty
    private BeneficiaryConfig beneficiaries = new BeneficiaryConfig();

    public DatabaseSettings database() {
        return database;
    }

    public AuthSettings auth() {
        return auth;
    }

    public OrderSettings orders() {
        return orders;
    }

    public RateLimitConfig rateLimit() {
        return rateLimit;
    }

    public AuthFailureLimitConfig authFailureLimit() {
        return authFailureLimit;
    }

    public AdmissionConfig admission() {
        return admission;
    }

    public DemoSettings demo() {
        return demo;
    }

    public EngineConfig engine() {
        return engine;
    }

    public GatewaysConfig gateways() {
        return gateways;
    }

    public CallbackConfig callbacks() {
        return callbacks;
    }

    public CollectionConfig collections() {
        return collections;
    }

    public BeneficiaryConfig beneficiaries() {
        return beneficiaries;
    }
}
