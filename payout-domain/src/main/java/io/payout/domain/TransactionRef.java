package io.payout.domain;

import java.util.regex.Pattern;

/** The reference we send to a gateway for one attempt; the gateway's idempotency key for it. */
public record TransactionRef(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");

    public TransactionRef {
        Text.matching(value, SHAPE, "1 to 64 letters, digits, '_' or '-'");
    }

    @Override
    public String toString() {
        return value;
    }
}
