package io.payout.adapters.rest.limit;

import io.payout.adapters.rest.error.ApiErrorException;
import io.payout.adapters.rest.error.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Refuses a body larger than {@code maxBytes} with 413 E01: up front when Content-Length says so, and while it
 * is read when it comes chunked (or with a Content-Length that lies).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestBodyLimitFilter implements ContainerRequestFilter {
    private final long maxBytes;

    public RequestBodyLimitFilter(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw new ApiErrorException(413, ErrorCode.E01, "request body must be at most " + maxBytes + " bytes");
        }
        request.setEntityStream(new SizeCappedInputStream(request.getEntityStream(), maxBytes));
    }
}
