package io.payout.gateway.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import io.payout.domain.attempt.GatewayResult;
import io.payout.gateway.dummy.DummyGatewayPlugin;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A slow or broken gateway answers Unknown in bounded time and ties up its own threads only. */
class TimeoutAndIsolationTest {
    private static final Duration SLOW_TIMEOUT = Duration.ofMillis(300);
    private static final Duration LATENCY = Duration.ofSeconds(5);
    private static final Duration PATIENT_TIMEOUT = Duration.ofSeconds(5);

    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopCallers() {
        release.countDown();
        callers.shutdownNow();
    }

    @Test
    void slowGatewayAnswersUnknownWithinItsTimeoutAndCancelsTheCall() throws Exception {
        ScriptedPlugin slow = ScriptedPlugin.sleeping("SLOW", LATENCY);
        SamplePayouts payout = SamplePayouts.of("SLOW_IMPS", "5.00");

        try (GatewayHost host = hostOf(slow, 2)) {
            long started = System.nanoTime();
            GatewayResult result = host.initiate(payout.fulfillment(), payout.transaction());
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(result).isEqualTo(GatewayResult.Unknown.because("timeout after 300ms"));
            assertThat(took).isBetween(SLOW_TIMEOUT.minusMillis(20), SLOW_TIMEOUT.plusMillis(500));
            eventually(() -> slow.interrupted.get() == 1);
            assertThat(host.status().get(0).timedOutCalls()).isEqualTo(1);
        }
    }

    @Test
    void dummyAnswersPromptlyWhileTheSlowGatewayIsSaturated() throws Exception {
        ScriptedPlugin slow = ScriptedPlugin.blocking("SLOW", release);
        SamplePayouts payout = SamplePayouts.of("DUMMY_UPI", "5.00");

        try (GatewayHost host = hostOf(slow, 2, PATIENT_TIMEOUT)) {
            saturate(host, 4);
            long started = System.nanoTime();
            GatewayResult result = host.initiate(payout.fulfillment(), payout.transaction());
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(result).isInstanceOf(GatewayResult.Succeeded.class);
            assertThat(took).isLessThan(Duration.ofMillis(500));
            assertThat(host.status().get(0).inFlightCalls()).isEqualTo(4);
            release.countDown();
        }
    }

    @Test
    void callBeyondThreadsAndQueueAnswersBusyAtOnceWithoutSending() throws Exception {
        ScriptedPlugin slow = ScriptedPlugin.blocking("SLOW", release);
        SamplePayouts payout = SamplePayouts.of("SLOW_IMPS", "5.00");

        try (GatewayHost host = hostOf(slow, 1, PATIENT_TIMEOUT)) {
            saturate(host, 2);
            long started = System.nanoTime();
            GatewayResult result = host.initiate(payout.fulfillment(), payout.transaction());

            assertThat(result).isEqualTo(new GatewayResult.NotSent("gateway busy"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
            assertThat(slow.instructions).extracting(instruction -> instruction.transactionRef())
                    .doesNotContain(payout.ref());
            release.countDown();
        }
    }

    @Test
    void aSettledTransactionsPollGivesWayWhenHalfTheThreadsAreTakenAndAnOpenOnesIsStillSent() throws Exception {
        ScriptedPlugin slow = ScriptedPlugin.blocking("SLOW", release);
        SamplePayouts paid = SamplePayouts.of("SLOW_IMPS", "5.00");
        SamplePayouts open = SamplePayouts.of("SLOW_IMPS", "6.00");
        Transaction settled = paid.transaction().with(TransactionStatus.SUCCESS, paid.transaction().gatewayResponse(),
                SamplePayouts.NOW);

        try (GatewayHost host = hostOf(slow, 4, PATIENT_TIMEOUT)) {
            saturate(host, 1);
            callers.submit(() -> host.inquire(settled));
            eventually(() -> slow.inquiries.contains(paid.ref())); // one of four taken: the poll is sent
            eventually(() -> host.status().get(0).inFlightCalls() == 2); // half taken, the poll among them
            slow.inquiries.clear();

            assertThat(host.inquire(settled))
                    .isEqualTo(new GatewayResult.NotSent("gateway busy: a settled transaction's poll gives way"));
            assertThat(slow.inquiries).isEmpty();
            callers.submit(() -> host.inquire(open.transaction()));
            eventually(() -> slow.inquiries.contains(open.ref()));
            release.countDown();
        }
    }

    @Test
    void throwingGatewayAnswersUnknownNamingTheExceptionClass() {
        ScriptedPlugin broken = ScriptedPlugin.throwing("BROKEN", new IllegalStateException("connection reset"));
        SamplePayouts payout = SamplePayouts.of("BROKEN_IMPS", "5.00");

        try (GatewayHost host = hostOf(broken, 1)) {
            assertThat(host.initiate(payout.fulfillment(), payout.transaction()))
                    .isEqualTo(GatewayResult.Unknown.because("gateway error: java.lang.IllegalStateException"));
            assertThat(host.inquire(payout.transaction()))
                    .isEqualTo(GatewayResult.Unknown.because("gateway error: java.lang.IllegalStateException"));
        }
    }

    @Test
    void closedHostAnswersUnknownWithoutSending() {
        ScriptedPlugin acme = ScriptedPlugin.answering("ACME",
                new io.payout.gateway.spi.GatewayResult.Succeeded("ok", null));
        SamplePayouts payout = SamplePayouts.of("ACME_IMPS", "5.00");
        GatewayHost host = hostOf(acme, 1);

        host.close();

        assertThat(host.initiate(payout.fulfillment(), payout.transaction()))
                .isEqualTo(new GatewayResult.NotSent("gateway host closed"));
        assertThat(acme.instructions).isEmpty();
    }

    private static GatewayHost hostOf(ScriptedPlugin other, int maxConcurrency) {
        return hostOf(other, maxConcurrency, SLOW_TIMEOUT);
    }

    /** A host with {@code other} first, then DUMMY (no lost answers, two threads, a 2s timeout). */
    private static GatewayHost hostOf(ScriptedPlugin other, int maxConcurrency, Duration timeout) {
        return new GatewayHost(LoadedPlugins.of(other, new DummyGatewayPlugin()), List.of(
                GatewaySettings.enabled(other.gatewayId(), timeout, maxConcurrency, Map.of()),
                GatewaySettings.enabled("DUMMY", Duration.ofSeconds(2), 2, Map.of("timeout-share", "0"))));
    }

    /** Starts {@code calls} initiates on the first gateway from other threads and waits until all are in flight. */
    private void saturate(GatewayHost host, int calls) throws InterruptedException {
        for (int i = 0; i < calls; i++) {
            SamplePayouts payout = SamplePayouts.of("SLOW_IMPS", "5.00");
            callers.submit(() -> host.initiate(payout.fulfillment(), payout.transaction()));
        }
        eventually(() -> host.status().get(0).inFlightCalls() == calls);
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 2s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
