package io.payout.gateway.dummy;

import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutInstruction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A payout the sandbox accepted: what was asked, which scenario it follows, its fake UTR (derived from the
 * reference, so stable), and the instant its status changes ({@link Instant#MAX} when it never does).
 */
record RecordedPayout(String transactionRef, Rail rail, BigDecimal amount, Payee payee, Scenario scenario,
                      String gatewayRefId, Instant changesAt) {

    static RecordedPayout accepted(PayoutInstruction instruction, Rail rail, Scenario scenario, Instant now,
                                   DummySettings settings) {
        Instant changesAt = scenario.changeAfter(settings).map(now::plus).orElse(Instant.MAX);
        String ref = instruction.transactionRef();
        return new RecordedPayout(ref, rail, instruction.amount(), instruction.payee(), scenario, fakeUtr(ref),
                changesAt);
    }

    /** Same rail, payee and amount (compared by value: 10.0 is 10.00); the narration does not matter. */
    boolean isSamePayoutAs(PayoutInstruction instruction) {
        return rail.name().equals(instruction.rail())
                && amount.compareTo(instruction.amount()) == 0
                && payee.equals(instruction.payee());
    }

    SandboxStatus statusAt(Instant now) {
        return now.isBefore(changesAt) ? scenario.statusBeforeChange() : scenario.statusAfterChange();
    }

    GatewayResult answerAt(Instant now) {
        return statusAt(now).answerFor(this);
    }

    private static String fakeUtr(String transactionRef) {
        UUID digest = UUID.nameUUIDFromBytes(transactionRef.getBytes(StandardCharsets.UTF_8));
        return String.format("DUMMY%012d", Math.floorMod(digest.getMostSignificantBits(), 1_000_000_000_000L));
    }
}
