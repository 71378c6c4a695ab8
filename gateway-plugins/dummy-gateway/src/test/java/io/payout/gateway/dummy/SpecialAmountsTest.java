package io.payout.gateway.dummy;

import static io.payout.gateway.dummy.SamplePayouts.payout;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.GatewayResult.Failed;
import io.payout.gateway.spi.GatewayResult.Pending;
import io.payout.gateway.spi.GatewayResult.Succeeded;
import io.payout.gateway.spi.GatewayResult.Unknown;
import io.payout.gateway.spi.PayoutInstruction;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecialAmountsTest {
    private static final Duration DELAY = Duration.ofSeconds(20);

    private final MutableClock clock = new MutableClock(SamplePayouts.START);
    private final DummyGateway sandbox = SamplePayouts.sandboxWithoutTimeouts(clock);

    @ParameterizedTest
    @CsvSource({"UPI, 21.00", "IMPS, 21.00", "NEFT, 21.00", "UPI, 22.00", "IMPS, 22", "NEFT, 22.0"})
    void twentyOneAndTwentyTwoStayPendingForeverEvenAfterHours(String rail, String amount) {
        PayoutInstruction instruction = payout("ref-1", rail, amount);

        assertThat(sandbox.initiate(instruction)).isInstanceOf(Pending.class);
        clock.advance(Duration.ofHours(5));
        assertThat(sandbox.inquire("ref-1")).isInstanceOf(Pending.class);
        clock.advance(Duration.ofDays(30));
        assertThat(sandbox.inquire("ref-1")).isInstanceOf(Pending.class);
        assertThat(sandbox.initiate(instruction)).isInstanceOf(Pending.class);
        assertThat(sandbox.ledger().statusOf("ref-1")).contains("PENDING");
        assertThat(sandbox.ledger().payoutsRecorded("ref-1")).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"UPI, 23.00", "IMPS, 23.00", "NEFT, 23.00", "UPI, 24.00", "IMPS, 24.00", "NEFT, 24"})
    void twentyThreeAndTwentyFourAnswer404FirstAndSucceedWhenSentAgainWithTheSameReference(String rail,
                                                                                           String amount) {
        PayoutInstruction instruction = payout("ref-1", rail, amount);

        assertThat(sandbox.initiate(instruction)).isInstanceOfSatisfying(Unknown.class, unknown -> {
            assertThat(unknown.reason()).isEqualTo("gateway answered 404 at initiation");
            assertThat(unknown.notFound()).isFalse();
        });
        assertThat(sandbox.ledger().payoutsRecorded("ref-1")).isZero();
        assertThat(sandbox.inquire("ref-1")).isInstanceOfSatisfying(Unknown.class,
                unknown -> assertThat(unknown.notFound()).isTrue());

        GatewayResult resent = sandbox.initiate(instruction);

        assertThat(resent).isInstanceOf(Succeeded.class);
        assertThat(sandbox.inquire("ref-1")).isEqualTo(resent);
        assertThat(sandbox.initiate(instruction)).isEqualTo(resent);
        assertThat(sandbox.ledger().payoutsRecorded("ref-1")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UPI", "IMPS", "NEFT"})
    void twentyEightIsPendingUntilTheDelayHasPassedThenFailsRetryably(String rail) {
        PayoutInstruction instruction = payout("ref-1", rail, "28.00");

        assertThat(sandbox.initiate(instruction)).isInstanceOf(Pending.class);
        clock.advance(DELAY.minusMillis(1));
        assertThat(sandbox.inquire("ref-1")).isInstanceOf(Pending.class);
        assertThat(sandbox.ledger().statusOf("ref-1")).contains("PENDING");

        clock.advance(Duration.ofMillis(1));

        assertThat(sandbox.inquire("ref-1")).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.responseCode()).isEqualTo("DUMMY_DELAYED_FAILURE");
            assertThat(failed.category()).isEqualTo(FailureCategory.GATEWAY);
            assertThat(failed.retryable()).isTrue();
        });
        assertThat(sandbox.initiate(instruction)).isEqualTo(sandbox.inquire("ref-1"));
        assertThat(sandbox.ledger().statusOf("ref-1")).contains("FAILURE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UPI", "IMPS", "NEFT"})
    void ninetyEightSucceedsAtOnceThenIsReversedOnceTheDelayHasPassed(String rail) {
        PayoutInstruction instruction = payout("ref-1", rail, "98.00");

        GatewayResult initiated = sandbox.initiate(instruction);

        assertThat(initiated).isInstanceOf(Succeeded.class);
        clock.advance(DELAY.minusMillis(1));
        assertThat(sandbox.inquire("ref-1")).isEqualTo(initiated);

        clock.advance(Duration.ofMillis(1));

        assertThat(sandbox.inquire("ref-1")).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.responseCode()).isEqualTo("DUMMY_REVERSED");
            assertThat(failed.category()).isEqualTo(FailureCategory.GATEWAY);
            assertThat(failed.retryable()).isFalse();
            assertThat(failed.rawResponse()).contains("\"status\":\"REVERSED\"");
        });
        assertThat(sandbox.ledger().statusOf("ref-1")).contains("REVERSED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"28.00", "98.00"})
    void delaysComeFromTheSettingsAndCountFromAcceptance(String amount) {
        DummySettings settings = new DummySettings(0, Duration.ZERO, Duration.ofSeconds(3), Duration.ofSeconds(3),
                OptionalLong.empty());
        DummyGateway quickSandbox = new DummyGateway(settings, clock, new Random(1));
        clock.advance(Duration.ofHours(1));
        String before = amount.equals("28.00") ? "PENDING" : "SUCCESS";

        quickSandbox.initiate(payout("ref-1", "IMPS", amount));
        clock.advance(Duration.ofMillis(2_999));
        assertThat(quickSandbox.ledger().statusOf("ref-1")).contains(before);
        clock.advance(Duration.ofMillis(1));

        assertThat(quickSandbox.inquire("ref-1")).isInstanceOf(Failed.class);
    }
}
