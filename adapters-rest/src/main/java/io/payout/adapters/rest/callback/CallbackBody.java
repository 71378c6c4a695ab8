package io.payout.adapters.rest.callback;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.payout.application.callback.PendingCallback;
import io.payout.domain.callback.CallbackEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;

/**
 * The exact bytes posted for a callback, in Juspay's shape plus our ordering fields, always in this field order:
 * {@code {"id", "label", "value", "category": "INFO", "sequence", "occurredAt", "info"}}. {@code occurredAt} is UTC to
 * the second, as the status API writes times; {@code info} (rendered when the change happened) is embedded as JSON
 * exactly as stored, so the same callback gives the same bytes on every attempt (and the same signature input).
 */
public final class CallbackBody {
    private static final JsonFactory JSON = new JsonFactory();

    private CallbackBody() {
    }

    /** @throws IllegalArgumentException if the callback's info is not one JSON object */
    public static byte[] of(PendingCallback callback) {
        checkIsOneObject(callback.info());
        CallbackEvent event = callback.event();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(callback.info().length() + 256);
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("id", callback.id());
            out.writeStringField("label", event.label().name());
            out.writeStringField("value", event.value());
            out.writeStringField("category", "INFO");
            out.writeNumberField("sequence", callback.sequence());
            out.writeStringField("occurredAt", event.occurredAt().truncatedTo(ChronoUnit.SECONDS).toString());
            out.writeFieldName("info");
            out.writeRawValue(callback.info());
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void checkIsOneObject(String info) {
        try (JsonParser parser = JSON.createParser(info)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("callback info is not a JSON object");
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("callback info has text after its JSON object");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("callback info is not valid JSON", e);
        }
    }
}
