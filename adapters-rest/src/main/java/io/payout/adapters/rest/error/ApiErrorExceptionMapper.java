package io.payout.adapters.rest.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Answers an {@link ApiErrorException} with its status and code; a 401 also names the Basic scheme. */
public class ApiErrorExceptionMapper implements ExceptionMapper<ApiErrorException> {
    static final String CHALLENGE = "Basic realm=\"payout\"";

    @Override
    public Response toResponse(ApiErrorException exception) {
        Response.ResponseBuilder response = ErrorEnvelope.response(exception.status(), exception.code(),
                exception.getMessage());
        if (exception.status() == Response.Status.UNAUTHORIZED.getStatusCode()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        return response.build();
    }
}
