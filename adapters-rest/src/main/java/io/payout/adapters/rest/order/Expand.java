package io.payout.adapters.rest.order;

import io.payout.domain.InvalidInputException;
import java.util.List;
import java.util.Locale;

/**
 * The status API's {@code expand} parameter: a comma-separated list of {@code fulfillment} (adds each fulfillment's
 * transactions), {@code payment} (fills {@code payments}) and {@code refund} (fills {@code refunds}), possibly
 * repeated. Without them those lists stay empty (and transactions absent).
 */
record Expand(boolean fulfillment, boolean payment, boolean refund) {
    static Expand parse(List<String> values) {
        boolean fulfillment = false;
        boolean payment = false;
        boolean refund = false;
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value.split(",")) {
                switch (part.trim().toLowerCase(Locale.ROOT)) {
                    case "fulfillment" -> fulfillment = true;
                    case "payment" -> payment = true;
                    case "refund" -> refund = true;
                    case "" -> {
                    }
                    default -> throw new InvalidInputException("expand",
                            "must be a comma-separated list of fulfillment, payment, refund");
                }
            }
        }
        return new Expand(fulfillment, payment, refund);
    }
}
