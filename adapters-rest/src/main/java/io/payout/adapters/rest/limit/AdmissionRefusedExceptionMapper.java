package io.payout.adapters.rest.limit;

import io.payout.adapters.rest.error.ErrorCode;
import io.payout.adapters.rest.error.ErrorEnvelope;
import io.payout.application.admission.AdmissionRefusedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A create refused by admission control (the engine is too far behind; nothing was written): 429 E10, like the rate
 * limit, with {@code Retry-After} in whole seconds (at least 1) and a message telling the client to send the same
 * create again then.
 */
public class AdmissionRefusedExceptionMapper implements ExceptionMapper<AdmissionRefusedException> {
    private static final int TOO_MANY_REQUESTS = 429;

    @Override
    public Response toResponse(AdmissionRefusedException refused) {
        long seconds = RateLimitFilter.retryAfterSeconds(refused.retryAfter());
        return ErrorEnvelope.response(TOO_MANY_REQUESTS, ErrorCode.E10, refused.getMessage() + "; retry after "
                        + seconds + " s with the same orderId")
                .header(HttpHeaders.RETRY_AFTER, seconds).build();
    }
}
