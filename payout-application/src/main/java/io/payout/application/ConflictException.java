package io.payout.application;

/** The request contradicts what is already stored (an order id reused with a different body, say). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
