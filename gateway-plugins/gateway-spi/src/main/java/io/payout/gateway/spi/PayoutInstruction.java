package io.payout.gateway.spi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One payout to make: our reference (the idempotency key), the rail, the exact amount in rupees (two decimals),
 * the beneficiary, and a narration for the bank statement (may be null).
 */
public record PayoutInstruction(String transactionRef, String rail, BigDecimal amount, Payee payee, String narration) {
    public PayoutInstruction {
        Objects.requireNonNull(transactionRef, "transactionRef");
        Objects.requireNonNull(rail, "rail");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(payee, "payee");
    }
}
