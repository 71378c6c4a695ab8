package io.payout.adapters.rest.limit;

import io.payout.adapters.rest.error.ErrorCode;
import io.payout.adapters.rest.error.ErrorEnvelope;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A body that grew past the limit while it was read: 413 E01. */
public class RequestBodyTooLargeExceptionMapper implements ExceptionMapper<RequestBodyTooLargeException> {
    @Override
    public Response toResponse(RequestBodyTooLargeException exception) {
        return ErrorEnvelope.response(413, ErrorCode.E01, exception.getMessage()).build();
    }
}
