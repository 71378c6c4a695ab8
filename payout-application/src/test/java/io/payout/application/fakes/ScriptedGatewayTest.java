package io.payout.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.fakes.ScriptedGateway.Call;
import io.payout.application.fakes.ScriptedGateway.Crash;
import io.payout.application.fakes.ScriptedGateway.Operation;
import io.payout.domain.FulfillmentId;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.Transaction;
import io.payout.domain.attempt.FailureCategory;
import io.payout.domain.attempt.GatewayResult;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScriptedGatewayTest {
    private static final MethodId IMPS = new MethodId("DUMMY_IMPS");
    private final ScriptedGateway gateway = new ScriptedGateway();
    private final Transaction t = Transaction.created(new FulfillmentId("0123456789abcdef0123456789abcd-f1")
            .transaction(1), IMPS, Money.of("5.00"), Instant.parse("2024-05-01T10:00:00Z"));

    @Test
    void unscriptedPayoutSucceedsAndInquiriesKnowOnlyWhatWasReceived() {
        assertThat(gateway.inquire(t)).isInstanceOf(GatewayResult.Unknown.class)
                .satisfies(r -> assertThat(((GatewayResult.Unknown) r).notFound()).isTrue());

        assertThat(gateway.initiate(null, t)).isInstanceOf(GatewayResult.Succeeded.class);
        assertThat(gateway.inquire(t)).isInstanceOf(GatewayResult.Succeeded.class);
        assertThat(gateway.calls()).containsExactly(new Call(Operation.INQUIRE, t.transactionRef(), IMPS),
                new Call(Operation.INITIATE, t.transactionRef(), IMPS),
                new Call(Operation.INQUIRE, t.transactionRef(), IMPS));
        assertThat(gateway.initiations(t.transactionRef())).isEqualTo(1);
    }

    @Test
    void scriptedAnswersComeInTurnAndTheLastDefiniteOneIsTheTruth() {
        GatewayResult.Failed failed = new GatewayResult.Failed("E1", "no", FailureCategory.GATEWAY, true, null);
        gateway.onInitiate(t.transactionRef(), GatewayResult.Unknown.because("timeout"))
                .onInquire(t.transactionRef(), new GatewayResult.Pending("gw", null), failed);

        assertThat(gateway.initiate(null, t)).isInstanceOf(GatewayResult.Unknown.class);
        assertThat(gateway.inquire(t)).isInstanceOf(GatewayResult.Pending.class);
        assertThat(gateway.inquire(t)).isEqualTo(failed);
        assertThat(gateway.inquire(t)).isEqualTo(failed);
    }

    @Test
    void crashBeforeReceivingLeavesNoTraceAndCrashAfterReceivingIsRecorded() {
        gateway.crashOnInitiate(t.transactionRef(), Crash.BEFORE_RECEIVING);
        assertThatThrownBy(() -> gateway.initiate(null, t)).hasMessage("crash");
        assertThat(gateway.received(t.transactionRef())).isFalse();
        assertThat(gateway.calls()).isEmpty();

        gateway.crashOnInitiate(t.transactionRef(), Crash.AFTER_RECEIVING);
        assertThatThrownBy(() -> gateway.initiate(null, t)).hasMessage("crash");
        assertThat(gateway.received(t.transactionRef())).isTrue();
        assertThat(gateway.initiations(t.transactionRef())).isEqualTo(1);
        assertThat(gateway.inquire(t)).isInstanceOf(GatewayResult.Succeeded.class);
        assertThat(gateway.initiate(null, t)).isInstanceOf(GatewayResult.Succeeded.class);
    }
}
