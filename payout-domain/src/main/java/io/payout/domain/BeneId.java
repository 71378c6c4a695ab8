package io.payout.domain;

import java.util.regex.Pattern;

/**
 * The merchant's own id of a saved beneficiary ({@code beneId}), unique among the beneficiaries of one customer of
 * the merchant: 1 to 64 letters, digits, '_', '-' or '@' (an order id's characters).
 */
public record BeneId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_\\-@]{1,64}");

    public BeneId {
        Text.matching(value, SHAPE, "1 to 64 letters, digits, '_', '-' or '@'");
    }

    @Override
    public String toString() {
        return value;
    }
}
