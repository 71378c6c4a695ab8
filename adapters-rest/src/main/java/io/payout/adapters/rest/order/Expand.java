package io.payout.adapters.rest.order;

import io.payout.domain.InvalidInputException;
import java.util.List;
import java.util.Locale;

/**
 * The status API's {@code expand} parameter: a comma-separated list of {@code fulfillment}, {@code payment} and
 * {@code refund}, possibly repeated. Only {@code fulfillment} changes the answer (it adds transactions); payments
 * and refunds are always empty lists for Fulfill Only orders.
 */
record Expand(boolean fulfillment) {
    static Expand parse(List<String> values) {
        boolean fulfillment = false;
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value.split(",")) {
                switch (part.trim().toLowerCase(Locale.ROOT)) {
                    case "fulfillment" -> fulfillment = true;
                    case "", "payment", "refund" -> {
                    }
                    default -> throw new InvalidInputException("expand",
                            "must be a comma-separated list of fulfillment, payment, refund");
                }
            }
        }
        return new Expand(fulfillment);
    }
}
