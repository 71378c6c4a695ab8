package io.payout.domain;

import java.util.regex.Pattern;

/** The merchant's own reference for an order ({@code orderId} in the API), unique per merchant. */
public record MerchantOrderId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_\\-@]{4,64}");

    public MerchantOrderId {
        Text.matching(value, SHAPE, "4 to 64 letters, digits, '_', '-' or '@'");
    }

    @Override
    public String toString() {
        return value;
    }
}
