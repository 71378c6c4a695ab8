package io.payout.adapters.rest.error;

/** Juspay Payout's error codes that this API uses, each with the message an end user may be shown. */
public enum ErrorCode {
    /** Validation failure: a field, the body, its size or its Content-Type. */
    E01("Invalid request"),
    /** The API key is unknown or no longer works. */
    E02("Invalid API key"),
    /** No API key was sent. */
    E04("API key missing"),
    /** Bad request: a conflict with what is stored, or a method the path does not take. */
    E05("Bad request"),
    /** Unauthorized. */
    E07("Unauthorized"),
    /** The key is valid but may not act for the merchant named in {@code x-merchantid}. */
    E08("Forbidden"),
    /** No such order, fulfillment or path: for an order, retry order create with the same orderId. */
    E09("Not found"),
    /** Our addition (Juspay documents no rate limit): the merchant sent more requests than its rate limit allows. */
    E10("Too many requests"),
    /** Anything unexpected: the merchant should check order status. */
    E90("Something went wrong: check order status");

    private final String userMessage;

    ErrorCode(String userMessage) {
        this.userMessage = userMessage;
    }

    public String userMessage() {
        return userMessage;
    }
}
