package io.payout.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.health.HealthCheck.Result;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BacklogHealthCheckTest {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void nothingWaitingIsHealthy() {
        Result result = new BacklogHealthCheck("order", now -> Optional.empty(), Duration.ofMinutes(5), CLOCK)
                .execute();

        assertThat(result.isHealthy()).isTrue();
        assertThat(result.getMessage()).isEqualTo("no order waiting");
    }

    @Test
    void workWaitingWithinTheThresholdIsHealthyAndOverItIsNot() {
        Result young = new BacklogHealthCheck("order", now -> Optional.of(now.minusSeconds(299)),
                Duration.ofMinutes(5), CLOCK).execute();
        Result old = new BacklogHealthCheck("callback", now -> Optional.of(now.minusSeconds(301)),
                Duration.ofMinutes(5), CLOCK).execute();

        assertThat(young.isHealthy()).isTrue();
        assertThat(old.isHealthy()).isFalse();
        assertThat(old.getMessage()).isEqualTo("oldest due callback has waited 301 s (threshold 300 s)");
    }

    @Test
    void theCheckAsksAboutNow() {
        Instant[] asked = new Instant[1];
        new BacklogHealthCheck("order", now -> {
            asked[0] = now;
            return Optional.empty();
        }, Duration.ofMinutes(5), CLOCK).execute();

        assertThat(asked[0]).isEqualTo(NOW);
    }
}
