package io.payout.adapters.rest.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What Jersey itself refuses (no such path, wrong method, wrong Content-Type...), in the error envelope. A 5xx
 * is treated as unexpected: logged under an error id, answered E90.
 */
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return UnexpectedExceptionMapper.serverError(exception);
        }
        Response.ResponseBuilder response = switch (status) {
            case 404 -> ErrorEnvelope.response(404, ErrorCode.E09, "not found: no API at this path");
            case 405 -> ErrorEnvelope.response(405, ErrorCode.E05, "method not allowed here; use "
                    + usable(exception.getResponse().getAllowedMethods())).allow(exception.getResponse().getAllowedMethods());
            case 415 -> ErrorEnvelope.response(415, ErrorCode.E01, "Content-Type must be application/json");
            case 406 -> ErrorEnvelope.response(406, ErrorCode.E01, "responses are application/json only");
            case 401 -> ErrorEnvelope.response(401, ErrorCode.E07, "unauthorized")
                    .header(HttpHeaders.WWW_AUTHENTICATE, ApiErrorExceptionMapper.CHALLENGE);
            case 403 -> ErrorEnvelope.response(403, ErrorCode.E08, "forbidden");
            case 400, 413, 422 -> ErrorEnvelope.response(status, ErrorCode.E01, "invalid request");
            default -> ErrorEnvelope.response(status, ErrorCode.E05, "bad request");
        };
        return response.build();
    }

    private static String usable(Set<String> allowed) {
        return allowed.stream().filter(m -> !m.equals("HEAD") && !m.equals("OPTIONS")).sorted()
                .collect(Collectors.joining(" or "));
    }
}
