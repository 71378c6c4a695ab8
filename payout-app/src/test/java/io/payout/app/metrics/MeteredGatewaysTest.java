package io.payout.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Clock;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import io.payout.application.engine.port.PayoutGatewayPort;
import io.payout.domain.Fulfillment;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionId;
import io.payout.domain.attempt.FailureCategory;
import io.payout.domain.attempt.GatewayResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeteredGatewaysTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final MethodId IMPS = new MethodId("DUMMY_IMPS");
    private static final MethodId UPI = new MethodId("DUMMY_UPI");

    private final MetricRegistry registry = new MetricRegistry();
    private final Ticker ticker = new Ticker();
    private final Deque<GatewayResult> answers = new ArrayDeque<>();
    /** A gateway that takes 40 ms to give each scripted answer in turn. */
    private final PayoutGatewayPort gateway = new PayoutGatewayPort() {
        @Override
        public GatewayResult initiate(Fulfillment fulfillment, Transaction transaction) {
            ticker.nanos += Duration.ofMillis(40).toNanos();
            return answers.remove();
        }

        @Override
        public GatewayResult inquire(Transaction transaction) {
            ticker.nanos += Duration.ofMillis(120).toNanos();
            return answers.remove();
        }
    };
    private final MeteredGateways metered = new MeteredGateways(gateway, registry, ticker);

    @Test
    void everyAnswerIsCountedByGatewayMethodOperationAndOutcome() {
        answers.addAll(List.of(new GatewayResult.Succeeded("utr-1", "{}"),
                new GatewayResult.Failed("F1", "no", FailureCategory.BUSINESS, true, "{}"),
                new GatewayResult.Pending("gw-2", "{}"), GatewayResult.Unknown.because("timeout"),
                new GatewayResult.Unknown("never received", true, "{}"), new GatewayResult.Succeeded("utr-2", "{}")));

        GatewayResult first = metered.initiate(null, transaction(IMPS));
        metered.initiate(null, transaction(IMPS));
        metered.initiate(null, transaction(UPI));
        metered.initiate(null, transaction(UPI));
        metered.inquire(transaction(UPI));
        metered.inquire(transaction(UPI));

        assertThat(first).isEqualTo(new GatewayResult.Succeeded("utr-1", "{}"));
        assertThat(registry.getCounters()).hasSize(6);
        assertThat(answers("DUMMY_IMPS", "initiate", "success")).isEqualTo(1);
        assertThat(answers("DUMMY_IMPS", "initiate", "failure")).isEqualTo(1);
        assertThat(answers("DUMMY_UPI", "initiate", "pending")).isEqualTo(1);
        assertThat(answers("DUMMY_UPI", "initiate", "unknown")).isEqualTo(1);
        assertThat(answers("DUMMY_UPI", "inquire", "not_found")).isEqualTo(1);
        assertThat(answers("DUMMY_UPI", "inquire", "success")).isEqualTo(1);
    }

    @Test
    void everyCallIsTimedByGatewayAndOperation() {
        answers.addAll(List.of(new GatewayResult.Succeeded("utr-1", "{}"), new GatewayResult.Pending("p", "{}"),
                new GatewayResult.Succeeded("utr-1", "{}")));

        metered.initiate(null, transaction(IMPS));
        metered.initiate(null, transaction(UPI));
        metered.inquire(transaction(UPI));

        Timer initiate = registry.timer("payout.gateway.latency{gateway=DUMMY,operation=initiate}");
        Timer inquire = registry.timer("payout.gateway.latency{gateway=DUMMY,operation=inquire}");
        assertThat(initiate.getCount()).isEqualTo(2);
        assertThat(initiate.getSnapshot().getMax()).isEqualTo(Duration.ofMillis(40).toNanos());
        assertThat(inquire.getCount()).isEqualTo(1);
        assertThat(inquire.getSnapshot().getMax()).isEqualTo(Duration.ofMillis(120).toNanos());
    }

    private long answers(String method, String operation, String outcome) {
        return registry.counter("payout.gateway.answers.total{gateway=DUMMY,method=" + method + ",operation="
                + operation + ",outcome=" + outcome + "}").getCount();
    }

    private static Transaction transaction(MethodId method) {
        return Transaction.created(new TransactionId("0123456789abcdef0123456789abcd-f1-t1"), method,
                Money.of("5.00"), T0);
    }

    private static final class Ticker extends Clock {
        private long nanos;

        @Override
        public long getTick() {
            return nanos;
        }
    }
}
