package io.payout.application.order;

import io.payout.domain.InvalidInputException;

/**
 * Which page of a listing to read: at most {@code limit} orders (1 to {@value #MAX_LIMIT}), starting right after
 * {@code after} (null: from the newest order).
 */
public record OrderPage(int limit, OrderPosition after) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public OrderPage {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be from 1 to " + MAX_LIMIT);
        }
    }

    /** The first page, of {@code limit} orders. */
    public static OrderPage first(int limit) {
        return new OrderPage(limit, null);
    }
}
