package io.payout.adapters.rest.error;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Jackson's path to a value, written as the merchant would: {@code fulfillments[0].amount}. */
final class JsonFieldPath {
    private JsonFieldPath() {
    }

    static String of(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
