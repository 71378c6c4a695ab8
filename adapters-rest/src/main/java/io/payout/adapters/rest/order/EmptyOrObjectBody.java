package io.payout.adapters.rest.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payout.adapters.rest.error.ApiErrorException;
import io.payout.adapters.rest.error.ErrorCode;
import jakarta.ws.rs.core.MediaType;

/**
 * The body of a command that takes no input (a cancel): none at all, with or without a Content-Type, or a JSON
 * object whose fields are ignored ({@code {}}). A body of another kind is refused: 415 E01 when its Content-Type
 * says it is not JSON, 400 E01 when it is not a JSON object.
 */
final class EmptyOrObjectBody {
    private final ObjectMapper json;

    EmptyOrObjectBody(ObjectMapper json) {
        this.json = json;
    }

    void check(String contentType, String body) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            return;
        }
        if (contentType != null && !isJson(contentType)) {
            throw new ApiErrorException(415, ErrorCode.E01, "Content-Type must be application/json");
        }
        if (!json.readTree(body).isObject()) {
            throw new ApiErrorException(400, ErrorCode.E01, "request body must be empty or a JSON object");
        }
    }

    private static boolean isJson(String contentType) {
        try {
            MediaType type = MediaType.valueOf(contentType);
            return type.getType().equalsIgnoreCase("application") && type.getSubtype().equalsIgnoreCase("json");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
