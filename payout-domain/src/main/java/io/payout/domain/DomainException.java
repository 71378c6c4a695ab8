package io.payout.domain;

/** Base of every exception the domain throws for a rule that was broken. */
public class DomainException extends RuntimeException {
    public DomainException(String message) {
        super(message);
    }
}
