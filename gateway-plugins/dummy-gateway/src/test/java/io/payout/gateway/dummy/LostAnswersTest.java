package io.payout.gateway.dummy;

import static io.payout.gateway.dummy.SamplePayouts.payout;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.GatewayResult.Failed;
import io.payout.gateway.spi.GatewayResult.Pending;
import io.payout.gateway.spi.GatewayResult.Succeeded;
import io.payout.gateway.spi.GatewayResult.Unknown;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LostAnswersTest {
    private static final Unknown TIMEOUT = new Unknown("timeout", false, null);

    private final MutableClock clock = new MutableClock(SamplePayouts.START);
    private final DummyGateway losingAll = new DummyGateway(
            DummySettings.defaults().withTimeoutShare(1.0), clock, new Random(11));
    private final DummyGateway losingNone = losingAll.withTimeoutShare(0);

    @ParameterizedTest
    @CsvSource({"1.00, SUCCESS", "50.00, FAILURE", "21.00, PENDING", "28.00, PENDING", "98.00, SUCCESS"})
    void withEveryAnswerLostTheInitiateIsStillRecordedAndFoundByInquiry(String amount, String status) {
        assertThat(losingAll.initiate(payout("ref-1", "IMPS", amount))).isEqualTo(TIMEOUT);
        assertThat(losingAll.inquire("ref-1")).isEqualTo(TIMEOUT);
        assertThat(losingAll.initiate(payout("ref-1", "IMPS", amount))).isEqualTo(TIMEOUT);

        assertThat(losingAll.ledger().payoutsRecorded("ref-1")).isEqualTo(1);
        assertThat(losingAll.ledger().statusOf("ref-1")).contains(status);
        assertThat(losingNone.inquire("ref-1").rawResponse()).contains("\"status\":\"" + status + "\"");
    }

    @Test
    void theAnswerFoundAfterATimeoutIsTheOneThatWasLost() {
        losingAll.initiate(payout("ref-1", "UPI", "5.00"));

        GatewayResult found = losingNone.inquire("ref-1");

        assertThat(found).isInstanceOf(Succeeded.class);
        assertThat(losingNone.initiate(payout("ref-1", "UPI", "5.00"))).isEqualTo(found);
    }

    @Test
    void withEveryAnswerLostATwentyThreeIsStillNotRecordedOnItsFirstInitiate() {
        assertThat(losingAll.initiate(payout("ref-1", "NEFT", "23.00"))).isEqualTo(TIMEOUT);
        assertThat(losingNone.inquire("ref-1")).isInstanceOfSatisfying(Unknown.class,
                unknown -> assertThat(unknown.notFound()).isTrue());

        assertThat(losingAll.initiate(payout("ref-1", "NEFT", "23.00"))).isEqualTo(TIMEOUT);

        assertThat(losingNone.inquire("ref-1")).isInstanceOf(Succeeded.class);
        assertThat(losingAll.ledger().totalRecorded()).isEqualTo(1);
    }

    @Test
    void withEveryAnswerLostEvenRefusalsAndNotFoundInquiriesTimeOut() {
        assertThat(losingAll.initiate(payout("ref-1", "RTGS", "1.00"))).isEqualTo(TIMEOUT);
        assertThat(losingAll.inquire("never-sent")).isEqualTo(TIMEOUT);
        assertThat(losingAll.ledger().totalRecorded()).isZero();
    }

    @Test
    void aLostAnswerDoesNotStopTheClockOfADelayedFailure() {
        losingAll.initiate(payout("ref-1", "IMPS", "28.00"));
        assertThat(losingNone.inquire("ref-1")).isInstanceOf(Pending.class);

        clock.advance(Duration.ofSeconds(20));

        assertThat(losingNone.inquire("ref-1")).isInstanceOf(Failed.class);
    }

    @Test
    void aShareOfSixteenPercentLosesBetweenFourteenAndEighteenPercentOfTenThousandCalls() {
        DummyGateway sandbox = new DummyGateway(DummySettings.defaults(), clock, new Random(2026));
        int calls = 10_000;
        int lost = 0;
        for (int call = 0; call < calls; call++) {
            String ref = "ref-" + (call / 2);
            GatewayResult result = call % 2 == 0
                    ? sandbox.initiate(payout(ref, "IMPS", "1.00"))
                    : sandbox.inquire(ref);
            lost += TIMEOUT.equals(result) ? 1 : 0;
        }

        assertThat(lost / (double) calls).isBetween(0.14, 0.18);
        assertThat(sandbox.ledger().totalRecorded()).isEqualTo(calls / 2);
    }

    @Test
    void latencyDelaysEveryAnswer() {
        DummySettings slow = new DummySettings(0, Duration.ofMillis(40), Duration.ZERO, Duration.ZERO,
                OptionalLong.empty());
        DummyGateway sandbox = new DummyGateway(slow, clock, new Random(3));
        long started = System.nanoTime();

        sandbox.initiate(payout("ref-1", "IMPS", "1.00"));
        sandbox.inquire("ref-1");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(80));
    }

    @Test
    void anInterruptedWaitAnswersUnknownRecordsNothingAndKeepsTheInterrupt() {
        DummySettings slow = new DummySettings(0, Duration.ofMinutes(5), Duration.ZERO, Duration.ZERO,
                OptionalLong.empty());
        DummyGateway sandbox = new DummyGateway(slow, clock, new Random(3));

        Thread.currentThread().interrupt();
        GatewayResult result = sandbox.initiate(payout("ref-1", "IMPS", "1.00"));
        boolean stillInterrupted = Thread.interrupted();

        assertThat(result).isInstanceOfSatisfying(Unknown.class,
                unknown -> assertThat(unknown.notFound()).isFalse());
        assertThat(stillInterrupted).isTrue();
        assertThat(sandbox.ledger().totalRecorded()).isZero();
    }
}
