package io.payout.gateway.razorpayx;

import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What RazorpayX's HTTP answers to a create and to a list-by-reference mean. */
final class Answers {
    private static final int TOO_MANY_REQUESTS = 429;

    private Answers() {
    }

    /** 2xx: the payout entity; 4xx with RazorpayX's error envelope: refused for certain; anything else: unknown. */
    static GatewayResult toInitiation(HttpAnswer answer) {
        if (answer.ok()) {
            return parse(answer.body()).map(payout -> PayoutEntityMapping.toResult(payout, answer.body()))
                    .orElseGet(() -> malformed(answer));
        }
        Optional<Object> error = answer.clientError()
                ? parse(answer.body()).flatMap(body -> JsonPath.object(body, "error")) : Optional.empty();
        if (error.isEmpty() || JsonPath.text(error.get(), "code").isEmpty()) {
            return new GatewayResult.Unknown("RazorpayX answered HTTP " + answer.status(), false, answer.body());
        }
        return refused(answer, error.get());
    }

    /** The newest payout with the reference; none: never received; anything but a 2xx list: unknown. */
    static GatewayResult toInquiry(HttpAnswer answer) {
        if (!answer.ok()) {
            return new GatewayResult.Unknown("RazorpayX answered HTTP " + answer.status() + " to an inquiry",
                    false, answer.body());
        }
        Optional<List<?>> items = items(answer);
        if (items.isEmpty()) {
            return malformed(answer);
        }
        if (items.get().isEmpty()) {
            return new GatewayResult.Unknown("RazorpayX has no payout with this reference", true, answer.body());
        }
        Object newest = newest(items.get());
        return PayoutEntityMapping.toResult(newest, JsonWriter.write(newest));
    }

    /** The newest payout of a 2xx list answer, if there is one. */
    static Optional<Object> newestPayout(HttpAnswer answer) {
        return answer.ok() ? items(answer).filter(items -> !items.isEmpty()).map(Answers::newest) : Optional.empty();
    }

    private static Optional<List<?>> items(HttpAnswer answer) {
        return parse(answer.body()).flatMap(body -> JsonPath.list(body, "items"));
    }

    private static Object newest(List<?> items) {
        return items.stream()
                .max(Comparator.comparingLong(item -> JsonPath.number(item, "created_at", Long.MIN_VALUE)))
                .orElseThrow();
    }

    private static GatewayResult refused(HttpAnswer answer, Object error) {
        String code = JsonPath.text(error, "code").orElseThrow();
        String description = JsonPath.text(error, "description").orElse("RazorpayX refused the payout");
        if (answer.status() == TOO_MANY_REQUESTS) {
            return new GatewayResult.Failed(code, description, FailureCategory.GATEWAY, true, answer.body());
        }
        return new GatewayResult.Failed(code, description, FailureCategory.INTERNAL, false, answer.body());
    }

    private static Optional<Object> parse(String body) {
        try {
            return Optional.ofNullable(JsonReader.parse(body));
        } catch (MalformedJsonException e) {
            return Optional.empty();
        }
    }

    private static GatewayResult malformed(HttpAnswer answer) {
        return new GatewayResult.Unknown("RazorpayX answered HTTP " + answer.status() + " with a body we cannot read",
                false, answer.body());
    }
}
