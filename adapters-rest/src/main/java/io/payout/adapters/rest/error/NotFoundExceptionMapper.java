package io.payout.adapters.rest.error;

import io.payout.application.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** No such order or fulfillment for this merchant: 404 E09. */
public class NotFoundExceptionMapper implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException exception) {
        return ErrorEnvelope.response(404, ErrorCode.E09, exception.getMessage()).build();
    }
}
