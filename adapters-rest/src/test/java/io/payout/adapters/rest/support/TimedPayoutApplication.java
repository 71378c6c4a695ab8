package io.payout.adapters.rest.support;

import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;
import io.payout.adapters.rest.request.EndpointTimingListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The API with {@link EndpointTimingListener} registered, as payout-app does, reporting into a list. */
public class TimedPayoutApplication extends TestPayoutApplication {
    /** One finished request as the listener reported it. */
    public record Timing(String endpoint, int status, long nanos) {
    }

    private final List<Timing> timings = new CopyOnWriteArrayList<>();

    @Override
    public void run(Configuration configuration, Environment environment) {
        super.run(configuration, environment);
        environment.jersey().register(new EndpointTimingListener(
                (endpoint, status, nanos) -> timings.add(new Timing(endpoint, status, nanos))));
    }

    public List<Timing> timings() {
        return timings;
    }
}
