package io.payout.adapters.rest.limit;

import java.io.IOException;

/**
 * The request body is larger than the API accepts. An {@link IOException}, so that a JSON parser reading the
 * body lets it through as it is instead of wrapping it as a parse error.
 */
public class RequestBodyTooLargeException extends IOException {
    private final long maxBytes;

    public RequestBodyTooLargeException(long maxBytes) {
        super("request body must be at most " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
