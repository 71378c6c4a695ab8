package io.payout.adapters.rest.order;

import io.payout.application.order.OrderFilter;
import io.payout.application.order.OrderPage;
import io.payout.domain.CustomerId;
import io.payout.domain.InvalidInputException;
import io.payout.domain.OrderStatus;
import jakarta.ws.rs.QueryParam;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The listing's query parameters, as sent. {@code status} takes order statuses, comma-separated and/or repeated
 * (any of them matches); {@code createdFrom} (inclusive) and {@code createdTo} (exclusive) take ISO-8601 instants;
 * {@code limit} 1 to 100 (default 20); {@code cursor} the previous page's {@code nextCursor}. A parameter sent
 * empty counts as not sent. Anything invalid is E01 naming the parameter.
 */
public class ListOrdersParams {
    @QueryParam("status")
    List<String> status;
    @QueryParam("customerId")
    String customerId;
    @QueryParam("createdFrom")
    String createdFrom;
    @QueryParam("createdTo")
    String createdTo;
    @QueryParam("limit")
    String limit;
    @QueryParam(OrderCursor.FIELD)
    String cursor;

    OrderFilter filter() {
        CustomerId customer = blank(customerId) ? null
                : InvalidInputException.at("customerId", () -> new CustomerId(customerId));
        return new OrderFilter(statuses(), customer, instant("createdFrom", createdFrom),
                instant("createdTo", createdTo));
    }

    OrderPage page(OrderFilter filter) {
        return new OrderPage(limit(), blank(cursor) ? null : OrderCursor.decode(cursor.trim(), filter));
    }

    private Set<OrderStatus> statuses() {
        Set<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
        for (String value : status == null ? List.<String>of() : status) {
            for (String part : value.split(",", -1)) {
                if (!part.isBlank()) {
                    statuses.add(EnumField.parse("status", part.trim(), OrderStatus.class));
                }
            }
        }
        return statuses;
    }

    private int limit() {
        if (blank(limit)) {
            return OrderPage.DEFAULT_LIMIT;
        }
        try {
            return RangeField.within("limit", Integer.parseInt(limit.trim()), 1, OrderPage.MAX_LIMIT);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit", "must be a whole number from 1 to " + OrderPage.MAX_LIMIT);
        }
    }

    private static Instant instant(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "must be an ISO-8601 instant such as 2024-01-15T10:00:00Z");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
