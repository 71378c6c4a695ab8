package io.payout.domain;

import java.util.regex.Pattern;

/** A fulfillment's id: {@code <orderId>-f<n>}. */
public record FulfillmentId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{30}-f[1-9][0-9]{0,3}");

    public FulfillmentId {
        Text.matching(value, SHAPE, "an order id followed by -f and a number");
    }

    public OrderId orderId() {
        return new OrderId(value.substring(0, 30));
    }

    /** The id of this fulfillment's attempt number {@code n} (from 1). */
    public TransactionId transaction(int n) {
        return new TransactionId(value + "-t" + n);
    }

    @Override
    public String toString() {
        return value;
    }
}
