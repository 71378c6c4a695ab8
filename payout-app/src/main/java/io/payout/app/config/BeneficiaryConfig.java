package io.payout.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.payout.application.beneficiary.ValidationSettings;
import io.payout.domain.attempt.Backoff;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Beneficiary validation ({@code command: VALIDATE}): whether this instance validates (the API saves beneficiaries
 * either way; a disabled instance leaves them to the others), how often it looks for due ones when nobody wakes it,
 * how many answers without a result a beneficiary gets before it is {@code ERROR} ({@code attempts}) and the wait
 * before each next attempt ({@code retryDelay}, doubling up to {@code maxRetryDelay}), which gateway to ask
 * ({@code gatewayId}; empty: any gateway able to), and the claims: {@code batchSize} beneficiaries at a time, held
 * for {@code lease} (longer than {@code batchSize} gateway timeouts: they are asked one after the other).
 */
public class BeneficiaryConfig {
    @JsonProperty
    private boolean enabled = true;
    @NotNull
    @JsonProperty
    private Duration interval = Duration.seconds(1);
    @Min(1)
    @Max(20)
    @JsonProperty
    private int attempts = 3;
    @NotNull
    @JsonProperty
    private Duration retryDelay = Duration.seconds(30);
    @NotNull
    @JsonProperty
    private Duration maxRetryDelay = Duration.minutes(10);
    @Pattern(regexp = "[A-Z][A-Z0-9]*|")
    @JsonProperty
    private String gatewayId;
    @Min(1)
    @Max(100)
    @JsonProperty
    private int batchSize = 10;
    @NotNull
    @JsonProperty
    private Duration lease = Duration.minutes(5);

    public boolean enabled() {
        return enabled;
    }

    public java.time.Duration interval() {
        return interval.toJavaDuration();
    }

    /** The validation settings of an instance named {@code owner}. */
    public ValidationSettings settings(String owner) {
        return new ValidationSettings(owner, attempts, new Backoff(retryDelay.toJavaDuration(), 2,
                maxRetryDelay.toJavaDuration()), batchSize, lease.toJavaDuration(), gatewayId);
    }
}
