package io.payout.adapters.rest.order;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * A boolean that must be JSON {@code true} or {@code false}: no {@code "true"}, {@code 1} or {@code "yes"}, which
 * Jackson would otherwise coerce. Anything else is refused as {@code <field>: must be true or false}.
 */
final class StrictBooleanDeserializer extends StdDeserializer<Boolean> {
    StrictBooleanDeserializer() {
        super(Boolean.class);
    }

    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
        };
    }
}
