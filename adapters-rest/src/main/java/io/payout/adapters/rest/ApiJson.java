package io.payout.adapters.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;

/**
 * How the API's ObjectMapper reads requests: decimals stay exact, unknown properties are ignored (Juspay clients
 * send fields we do not use), a float is not silently cut to an integer, a field given twice is refused rather
 * than guessed at, and hostile documents (deep nesting, huge numbers or names) fail fast as 400s.
 */
public final class ApiJson {
    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_NUMBER_LENGTH = 1000;
    static final int MAX_NAME_LENGTH = 1000;

    private ApiJson() {
    }

    /** A mapper as the API's: Dropwizard's, configured as above (for code that runs outside a request). */
    public static ObjectMapper newObjectMapper() {
        ObjectMapper mapper = Jackson.newObjectMapper();
        configure(mapper);
        return mapper;
    }

    static void configure(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .build());
    }
}
