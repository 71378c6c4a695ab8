package io.payout.domain;

import java.util.regex.Pattern;

/** A transaction's (attempt's) id: {@code <fulfillmentId>-t<n>}. */
public record TransactionId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{30}-f[1-9][0-9]{0,3}-t[1-9][0-9]{0,3}");

    public TransactionId {
        Text.matching(value, SHAPE, "a fulfillment id followed by -t and a number");
    }

    /** The fulfillment this transaction belongs to: the id without its {@code -tN} suffix. */
    public FulfillmentId fulfillmentId() {
        return new FulfillmentId(value.substring(0, value.lastIndexOf("-t")));
    }

    @Override
    public String toString() {
        return value;
    }
}
