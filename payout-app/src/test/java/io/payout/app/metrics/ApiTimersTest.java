package io.payout.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiTimersTest {
    private final MetricRegistry registry = new MetricRegistry();
    private final ApiTimers timers = new ApiTimers(registry);

    @Test
    void requestsAreTimedByEndpointAndStatusClass() {
        timers.record("OrderResource.create", 200, Duration.ofMillis(12).toNanos());
        timers.record("OrderResource.create", 201, Duration.ofMillis(30).toNanos());
        timers.record("OrderResource.create", 409, Duration.ofMillis(3).toNanos());
        timers.record("unmatched", 404, 1000);

        assertThat(registry.getTimers().keySet()).containsExactlyInAnyOrder(
                "payout.api.requests{endpoint=OrderResource.create,status=2xx}",
                "payout.api.requests{endpoint=OrderResource.create,status=4xx}",
                "payout.api.requests{endpoint=unmatched,status=4xx}");
        var created = registry.timer("payout.api.requests{endpoint=OrderResource.create,status=2xx}");
        assertThat(created.getCount()).isEqualTo(2);
        assertThat(created.getSnapshot().getMax()).isEqualTo(Duration.ofMillis(30).toNanos());
    }

    @Test
    void statusClassesAreTheFirstDigitAndOddStatusesAreOther() {
        assertThat(ApiTimers.statusClass(100)).isEqualTo("1xx");
        assertThat(ApiTimers.statusClass(503)).isEqualTo("5xx");
        assertThat(ApiTimers.statusClass(599)).isEqualTo("5xx");
        assertThat(ApiTimers.statusClass(600)).isEqualTo("other");
        assertThat(ApiTimers.statusClass(0)).isEqualTo("other");
    }
}
