package io.payout.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/** The sandbox's demo merchant, created on first start with its key printed once. Off in production. */
public class DemoSettings {
    @JsonProperty
    private boolean createDemoMerchant = false;
    @NotBlank
    @JsonProperty
    private String merchantId = "demo";

    public boolean createDemoMerchant() {
        return createDemoMerchant;
    }

    public String merchantId() {
        return merchantId;
    }
}
