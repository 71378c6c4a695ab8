package io.payout.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Limits on what merchants may send: the largest order amount, and the largest request body. */
public class OrderSettings {
    @NotNull
    @DecimalMin("1.00")
    @JsonProperty
    private BigDecimal maxOrderAmount = new BigDecimal("10000000.00");
    @NotNull
    @JsonProperty
    private DataSize maxRequestSize = DataSize.megabytes(1);

    public BigDecimal maxOrderAmount() {
        return maxOrderAmount;
    }

    public long maxRequestBytes() {
        return maxRequestSize.toBytes();
    }
}
