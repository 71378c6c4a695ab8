package io.payout.adapters.rest.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Juspay's error body: {@code {"error": true, "errorCode": "E01", "errorMessage": "...", "userMessage": "..."}}. */
public record ErrorEnvelope(boolean error, String errorCode, String errorMessage, String userMessage) {
    public static ErrorEnvelope of(ErrorCode code, String errorMessage) {
        return new ErrorEnvelope(true, code.name(), errorMessage, code.userMessage());
    }

    /** A JSON response with this envelope and {@code status}. */
    public static Response.ResponseBuilder response(int status, ErrorCode code, String errorMessage) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(of(code, errorMessage));
    }
}
