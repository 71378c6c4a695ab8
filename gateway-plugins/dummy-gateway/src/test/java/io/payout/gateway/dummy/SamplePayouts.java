package io.payout.gateway.dummy;

import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutInstruction;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;

/** Payouts and sandboxes the tests share. */
final class SamplePayouts {
    static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
    static final Payee.BankAccount ACCOUNT = new Payee.BankAccount("Asha Rao", "026291800001191", "YESB0000262");
    static final Payee.Vpa VPA = new Payee.Vpa("Asha Rao", "success@upi", "9876543210");

    private SamplePayouts() {
    }

    /** A payout to the payee the rail needs: a VPA for UPI, a bank account otherwise. */
    static PayoutInstruction payout(String transactionRef, String rail, String amount) {
        Payee payee = "UPI".equals(rail) ? VPA : ACCOUNT;
        return new PayoutInstruction(transactionRef, rail, new BigDecimal(amount), payee, "salary");
    }

    /** The default sandbox, except that it never loses an answer. */
    static DummyGateway sandboxWithoutTimeouts(Clock clock) {
        return new DummyGateway(DummySettings.defaults().withTimeoutShare(0), clock, new Random(7));
    }
}
