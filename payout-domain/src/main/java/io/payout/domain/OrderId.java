package io.payout.domain;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Our internal id of an order: 30 lowercase hex characters, as Juspay assigns. */
public record OrderId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{30}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public OrderId {
        Text.matching(value, SHAPE, "30 hexadecimal characters");
    }

    public static OrderId random() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return new OrderId(HexFormat.of().formatHex(bytes));
    }

    /** The id of this order's fulfillment number {@code n} (from 1). */
    public FulfillmentId fulfillment(int n) {
        return new FulfillmentId(value + "-f" + n);
    }

    @Override
    public String toString() {
        return value;
    }
}
