package io.payout.adapters.rest.gateway;

import io.payout.adapters.rest.error.ErrorCode;
import io.payout.adapters.rest.error.ErrorEnvelope;
import io.payout.application.engine.WebhookRejectedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A gateway or collection webhook that is not authentic (signature, credentials): 401 E07, and nothing changed. */
public class WebhookRejectedExceptionMapper implements ExceptionMapper<WebhookRejectedException> {
    @Override
    public Response toResponse(WebhookRejectedException exception) {
        return ErrorEnvelope.response(401, ErrorCode.E07, exception.getMessage()).build();
    }
}
