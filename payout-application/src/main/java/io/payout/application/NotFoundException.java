package io.payout.application;

/** What was asked for does not exist, or belongs to another merchant (which must look the same). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
