package io.payout.app.metrics;

import com.codahale.metrics.MetricRegistry;
import io.payout.adapters.rest.request.EndpointTimings;
import java.util.concurrent.TimeUnit;

/**
 * The API's requests as timers: {@value #REQUESTS}{@code {endpoint, status}}, endpoint the resource method
 * ({@code OrderResource.create}) or {@code unmatched}, status the class of the HTTP status ({@code 2xx} to
 * {@code 5xx}).
 */
public final class ApiTimers implements EndpointTimings {
    public static final String REQUESTS = "payout.api.requests";
    private final MetricRegistry registry;

    public ApiTimers(MetricRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void record(String endpoint, int status, long nanos) {
        registry.timer(MetricName.of(REQUESTS, "endpoint", endpoint, "status", statusClass(status)))
                .update(nanos, TimeUnit.NANOSECONDS);
    }

    static String statusClass(int status) {
        return status >= 100 && status < 600 ? status / 100 + "xx" : "other";
    }
}
