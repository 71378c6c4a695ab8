package io.payout.adapters.rest.error;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.exc.StreamWriteException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A body Jackson could not read: 400 E01 saying where ({@code fulfillments[0].amount: must be a number}) or why
 * (not JSON, nested too deeply). A failure to write a response, or a mapping we got wrong, is a 500.
 */
public class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    private static final String DUPLICATE = "Duplicate field ";

    @Override
    public Response toResponse(JsonProcessingException exception) {
        if (isOurFault(exception)) {
            return UnexpectedExceptionMapper.serverError(exception);
        }
        return ErrorEnvelope.response(400, ErrorCode.E01, message(exception)).build();
    }

    private static boolean isOurFault(JsonProcessingException exception) {
        return exception instanceof InvalidDefinitionException || exception instanceof StreamWriteException
                || exception.getProcessor() instanceof JsonGenerator;
    }

    static String message(JsonProcessingException exception) {
        String path = exception instanceof JsonMappingException mapping ? JsonFieldPath.of(mapping) : "";
        String where = path.isEmpty() ? "request body" : path;
        Throwable cause = readFailure(exception);
        if (cause instanceof StreamConstraintsException) {
            return where + ": exceeds the limits of this API (too deeply nested, or a number or text too long)";
        }
        if (cause instanceof InputCoercionException) {
            return where + ": is out of range";
        }
        String original = cause instanceof StreamReadException read ? String.valueOf(read.getOriginalMessage()) : "";
        if (original.startsWith(DUPLICATE)) {
            return "request body has a duplicate field " + original.substring(DUPLICATE.length());
        }
        if (cause instanceof StreamReadException read) {
            return "request body is not valid JSON" + (read.getLocation() == null ? ""
                    : " (line " + read.getLocation().getLineNr() + ", column " + read.getLocation().getColumnNr() + ")");
        }
        if (exception instanceof MismatchedInputException mismatch) {
            return path.isEmpty() ? "request body must be a JSON object"
                    : path + ": must be " + JsonExpectation.of(mismatch.getTargetType());
        }
        return where + ": is not valid";
    }

    /** The parser's own complaint, when data binding wrapped one (adding the path). */
    private static Throwable readFailure(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException || t instanceof StreamConstraintsException) {
                return t;
            }
        }
        return null;
    }
}
