package io.payout.adapters.rest.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payout.domain.InvalidInputException;
import java.util.Iterator;

/**
 * {@code webhookDetails.customHeader}: header names to values, sent either as a JSON object or as a string
 * holding one. Kept as text (the domain's form): a string as sent, an object as compact JSON.
 */
public final class CustomHeaderField {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CustomHeaderField() {
    }

    public static String text(String field, JsonNode value) {
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return null;
        }
        JsonNode headers = value.isTextual() ? parsed(field, value.asText()) : value;
        if (!headers.isObject()) {
            throw invalid(field);
        }
        for (Iterator<JsonNode> values = headers.elements(); values.hasNext(); ) {
            if (!values.next().isTextual()) {
                throw invalid(field);
            }
        }
        return value.isTextual() ? value.asText() : headers.toString();
    }

    private static JsonNode parsed(String field, String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw invalid(field);
        }
    }

    private static InvalidInputException invalid(String field) {
        return new InvalidInputException(field, "must be a JSON object of header names to string values");
    }
}
