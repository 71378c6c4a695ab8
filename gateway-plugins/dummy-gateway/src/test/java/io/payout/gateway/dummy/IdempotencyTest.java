package io.payout.gateway.dummy;

import static io.payout.gateway.dummy.SamplePayouts.payout;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.GatewayResult.Failed;
import io.payout.gateway.spi.GatewayResult.Succeeded;
import io.payout.gateway.spi.GatewayResult.Unknown;
import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutInstruction;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdempotencyTest {
    private final MutableClock clock = new MutableClock(SamplePayouts.START);
    private final DummyGateway sandbox = SamplePayouts.sandboxWithoutTimeouts(clock);

    @Test
    void initiatingARecordedReferenceAgainAnswersItsStatusAndRecordsNothingMore() {
        PayoutInstruction instruction = payout("ref-1", "IMPS", "10.00");

        GatewayResult first = sandbox.initiate(instruction);
        GatewayResult second = sandbox.initiate(instruction);
        GatewayResult third = sandbox.initiate(instruction);

        assertThat(first).isInstanceOf(Succeeded.class);
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(sandbox.ledger().payoutsRecorded("ref-1")).isEqualTo(1);
        assertThat(sandbox.ledger().totalRecorded()).isEqualTo(1);
    }

    @Test
    void initiatingAgainAfterTheStatusChangedAnswersTheCurrentStatus() {
        PayoutInstruction instruction = payout("ref-1", "UPI", "98.00");
        sandbox.initiate(instruction);
        clock.advance(Duration.ofMinutes(1));

        GatewayResult again = sandbox.initiate(instruction);

        assertThat(again).isInstanceOfSatisfying(Failed.class,
                failed -> assertThat(failed.responseCode()).isEqualTo("DUMMY_REVERSED"));
        assertThat(sandbox.ledger().totalRecorded()).isEqualTo(1);
    }

    @Test
    void theSameAmountWrittenWithAnotherScaleIsTheSamePayout() {
        GatewayResult first = sandbox.initiate(payout("ref-1", "IMPS", "10.00"));

        assertThat(sandbox.initiate(payout("ref-1", "IMPS", "10"))).isEqualTo(first);
        assertThat(sandbox.initiate(payout("ref-1", "IMPS", "10.000"))).isEqualTo(first);
    }

    @Test
    void anotherNarrationIsStillTheSamePayout() {
        PayoutInstruction instruction = payout("ref-1", "IMPS", "10.00");
        GatewayResult first = sandbox.initiate(instruction);

        PayoutInstruction renarrated = new PayoutInstruction("ref-1", "IMPS", instruction.amount(),
                instruction.payee(), null);

        assertThat(sandbox.initiate(renarrated)).isEqualTo(first);
    }

    @Test
    void theSameReferenceWithAnotherAmountIsAMismatchAndChangesNothing() {
        GatewayResult first = sandbox.initiate(payout("ref-1", "IMPS", "10.00"));

        GatewayResult mismatch = sandbox.initiate(payout("ref-1", "IMPS", "9.00"));

        assertMismatch(mismatch);
        assertThat(sandbox.inquire("ref-1")).isEqualTo(first);
        assertThat(sandbox.ledger().totalRecorded()).isEqualTo(1);
    }

    @Test
    void theSameReferenceWithAnotherPayeeIsAMismatch() {
        sandbox.initiate(payout("ref-1", "IMPS", "10.00"));
        Payee.BankAccount otherAccount = new Payee.BankAccount("Asha Rao", "026291800009999", "YESB0000262");

        GatewayResult mismatch = sandbox.initiate(
                new PayoutInstruction("ref-1", "IMPS", new BigDecimal("10.00"), otherAccount, "salary"));

        assertMismatch(mismatch);
        assertThat(sandbox.ledger().statusOf("ref-1")).contains("SUCCESS");
    }

    @Test
    void theSameReferenceOnAnotherRailIsAMismatch() {
        sandbox.initiate(payout("ref-1", "IMPS", "10.00"));

        assertMismatch(sandbox.initiate(payout("ref-1", "NEFT", "10.00")));
    }

    @Test
    void aFailedPayoutIsNotRetriedUnderItsOwnReference() {
        GatewayResult failed = sandbox.initiate(payout("ref-1", "UPI", "6.00"));

        assertThat(sandbox.initiate(payout("ref-1", "UPI", "6.00"))).isEqualTo(failed);
        assertMismatch(sandbox.initiate(payout("ref-1", "UPI", "5.00")));
        assertThat(sandbox.ledger().statusOf("ref-1")).contains("FAILURE");
    }

    @Test
    void afterA404NothingIsRecordedSoTheReferenceMayCarryAnotherAmount() {
        assertThat(sandbox.initiate(payout("ref-1", "IMPS", "23.00"))).isInstanceOf(Unknown.class);

        assertThat(sandbox.initiate(payout("ref-1", "IMPS", "10.00"))).isInstanceOf(Succeeded.class);
        assertThat(sandbox.ledger().totalRecorded()).isEqualTo(1);
    }

    private static void assertMismatch(GatewayResult result) {
        assertThat(result).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.responseCode()).isEqualTo("DUMMY_IDEMPOTENCY_MISMATCH");
            assertThat(failed.category()).isEqualTo(FailureCategory.INTERNAL);
            assertThat(failed.retryable()).isFalse();
        });
    }
}
