package io.payout.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import io.payout.application.admission.AdmissionSettings;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/**
 * Admission control on order creation ({@code admission:}): every {@code sampleInterval} each instance reads how long
 * the oldest due order nobody works on has waited for the engine; while that is over {@code maxEngineLag}, creates
 * of new orders get 429 E10 with {@code Retry-After: retryAfter}. Keep {@code maxEngineLag} well above
 * {@code engine.lease}: the orders a killed instance held become due again only when its lease runs out.
 */
public class AdmissionConfig {
    @JsonProperty
    private boolean enabled = true;
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @JsonProperty
    private Duration maxEngineLag = Duration.minutes(2);
    @NotNull
    @MinDuration(value = 10, unit = TimeUnit.MILLISECONDS)
    @MaxDuration(value = 1, unit = TimeUnit.MINUTES)
    @JsonProperty
    private Duration sampleInterval = Duration.milliseconds(250);
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @MaxDuration(value = 1, unit = TimeUnit.HOURS)
    @JsonProperty
    private Duration retryAfter = Duration.seconds(5);

    public boolean enabled() {
        return enabled;
    }

    public java.time.Duration sampleInterval() {
        return sampleInterval.toJavaDuration();
    }

    public AdmissionSettings toSettings() {
        return AdmissionSettings.sampledEvery(sampleInterval.toJavaDuration(), maxEngineLag.toJavaDuration(),
                retryAfter.toJavaDuration());
    }
}
