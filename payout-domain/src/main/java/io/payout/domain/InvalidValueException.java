package io.payout.domain;

/**
 * A value that breaks its own rules (an IFSC of the wrong shape, an amount with three decimals). The message says
 * what is wrong with the value; the caller knows which field it came from and adds that.
 */
public class InvalidValueException extends DomainException {
    public InvalidValueException(String message) {
        super(message);
    }
}
