package io.payout.domain;

import java.util.regex.Pattern;

/** A merchant's identifier, as sent in {@code x-merchantid}. */
public record MerchantId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

    public MerchantId {
        Text.matching(value, SHAPE, "1 to 64 letters, digits, '_', '.' or '-'");
    }

    @Override
    public String toString() {
        return value;
    }
}
