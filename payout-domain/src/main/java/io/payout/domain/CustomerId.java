package io.payout.domain;

/** The merchant's identifier of its customer, the end user the payout is for. */
public record CustomerId(String value) {
    public CustomerId {
        Text.required(value, 64);
    }

    @Override
    public String toString() {
        return value;
    }
}
