package io.payout.adapters.rest.request;

import jakarta.ws.rs.ext.Provider;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * Times every request Jersey serves, whichever resource serves it (no annotation needed), and reports it with its
 * endpoint ({@code OrderResource.createOrder}: the resource class and method) and status. A request refused before
 * its resource runs (authentication, rate limit, body too large) is reported under the endpoint it was for; one
 * whose path no resource matches under {@value #UNMATCHED}. One {@link System#nanoTime()} at the start and one at the
 * end; nothing else on the request's path.
 */
@Provider
public final class EndpointTimingListener implements ApplicationEventListener {
    public static final String UNMATCHED = "unmatched";
    private final EndpointTimings timings;
    private final LongSupplier nanoTime;

    public EndpointTimingListener(EndpointTimings timings) {
        this(timings, System::nanoTime);
    }

    EndpointTimingListener(EndpointTimings timings, LongSupplier nanoTime) {
        this.timings = Objects.requireNonNull(timings, "timings");
        this.nanoTime = nanoTime;
    }

    @Override
    public void onEvent(ApplicationEvent event) {
        // only requests are timed
    }

    @Override
    public RequestEventListener onRequest(RequestEvent start) {
        long startedAt = nanoTime.getAsLong();
        return event -> {
            if (event.getType() == RequestEvent.Type.FINISHED) {
                timings.record(endpoint(event), status(event), nanoTime.getAsLong() - startedAt);
            }
        };
    }

    static String endpoint(RequestEvent event) {
        ResourceMethod method = event.getUriInfo() == null ? null : event.getUriInfo().getMatchedResourceMethod();
        if (method == null) {
            return UNMATCHED;
        }
        Invocable invocable = method.getInvocable();
        return invocable.getHandler().getHandlerClass().getSimpleName() + "."
                + invocable.getDefinitionMethod().getName();
    }

    /** The status written; 500 when no response was (an exception no mapper took). */
    private static int status(RequestEvent event) {
        ContainerResponse response = event.getContainerResponse();
        return response == null ? 500 : response.getStatus();
    }
}
