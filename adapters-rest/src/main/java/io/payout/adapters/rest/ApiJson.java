package io.payout.adapters.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.dropwizard.jackson.Jackson;

/**
 * How the API's ObjectMapper reads requests: decimals stay exact, unknown properties are ignored (Juspay clients
 * send fields we do not use), a field given twice is refused rather than guessed at, and hostile documents (deep
 * nesting, huge numbers or names) fail fast as 400s.
 *
 * <p>Strict types (docs/api.md, "JSON types"): Jackson's coercions that change a value's meaning or hide a client's
 * bug are refused, each as a 400 naming the field. A text field takes only a JSON string (a number would lose what
 * its text was: {@code 026291800001191} sent as a number is another account); a boolean only {@code true} or
 * {@code false} (no {@code 1}, {@code "true"} or {@code ""}); a whole number no fraction (not even {@code 25.0}, nor
 * {@code "25.5"}); no number or boolean takes an empty or blank string as absent. What stays: a number field also
 * takes a string holding a number ({@code "10.50"}, {@code "25"}), read exactly, as documented since the first
 * version: the value is the same, and clients that keep amounts as text keep working.
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
        strictTypes(mapper);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .build());
    }

    private static void strictTypes(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);
        // Without scalar coercion the text "null" is not taken for a null number (the fuzz test found
        // "attemptThreshold": "null" accepted as absent); a string holding a number still converts, as documented.
        mapper.disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS);
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(number)
                    .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
                    .setCoercion(CoercionInputShape.Float, number == LogicalType.Integer
                            ? CoercionAction.Fail : CoercionAction.TryConvert)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setAcceptBlankAsEmpty(false);
        }
    }
}
