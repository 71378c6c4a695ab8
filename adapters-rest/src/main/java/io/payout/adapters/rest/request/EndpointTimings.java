package io.payout.adapters.rest.request;

/** Where {@link EndpointTimingListener} reports each request the API finished. */
@FunctionalInterface
public interface EndpointTimings {
    /**
     * @param endpoint the resource method that served the request, {@code OrderResource.createOrder}, or
     *                 {@value EndpointTimingListener#UNMATCHED} when no resource method matched its path
     * @param status   the HTTP status answered
     * @param nanos    from the request's arrival in Jersey to its response written
     */
    void record(String endpoint, int status, long nanos);
}
