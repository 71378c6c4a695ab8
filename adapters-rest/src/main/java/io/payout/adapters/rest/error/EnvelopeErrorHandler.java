package io.payout.adapters.rest.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before any servlet runs (a URI it refuses as ambiguous, a malformed request), in
 * the error envelope instead of an HTML page. Jetty's own message is not passed on.
 */
public class EnvelopeErrorHandler extends ErrorHandler {
    private final ObjectMapper json;

    public EnvelopeErrorHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                 String contentType, List<Charset> charsets, int code, String message,
                                                 Throwable cause) throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(json.writeValueAsBytes(envelope(code))), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        try {
            return ByteBuffer.wrap(json.writeValueAsBytes(envelope(status)));
        } catch (IOException e) {
            return null;
        }
    }

    static ErrorEnvelope envelope(int status) {
        return switch (status) {
            case 404 -> ErrorEnvelope.of(ErrorCode.E09, "not found: no API at this path");
            case 405 -> ErrorEnvelope.of(ErrorCode.E05, "method not allowed here");
            case 401 -> ErrorEnvelope.of(ErrorCode.E07, "unauthorized");
            case 403 -> ErrorEnvelope.of(ErrorCode.E08, "forbidden");
            default -> status >= 500 ? ErrorEnvelope.of(ErrorCode.E90, "something went wrong: check order status")
                    : ErrorEnvelope.of(ErrorCode.E01, "invalid request (HTTP " + status + ")");
        };
    }
}
