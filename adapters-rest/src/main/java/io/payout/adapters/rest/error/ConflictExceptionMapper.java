package io.payout.adapters.rest.error;

import io.payout.application.ConflictException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * The request contradicts what is stored (an orderId reused with another body, a cancel of a fulfillment already
 * sent to a gateway or ended): 409 E05.
 */
public class ConflictExceptionMapper implements ExceptionMapper<ConflictException> {
    @Override
    public Response toResponse(ConflictException exception) {
        return ErrorEnvelope.response(409, ErrorCode.E05, exception.getMessage()).build();
    }
}
