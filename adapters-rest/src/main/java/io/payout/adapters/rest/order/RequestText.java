package io.payout.adapters.rest.order;

/** Optional text fields that many Juspay clients send as {@code ""} when they have no value. */
public final class RequestText {
    private RequestText() {
    }

    public static String absentIfBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
