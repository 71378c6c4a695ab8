package io.payout.gateway.dummy;

import static io.payout.gateway.dummy.SamplePayouts.payout;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.GatewayResult.Failed;
import io.payout.gateway.spi.GatewayResult.Succeeded;
import io.payout.gateway.spi.GatewayResult.Unknown;
import io.payout.gateway.spi.PayoutInstruction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrentInitiationTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 200;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private final DummyGateway sandbox = SamplePayouts.sandboxWithoutTimeouts(new MutableClock(SamplePayouts.START));

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void eightThreadsInitiatingTheSameReferenceRecordExactlyOnePayout() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String ref = "ref-" + round;

            List<GatewayResult> results = initiateAtOnce(thread -> payout(ref, "IMPS", "10.00"));

            assertThat(results.get(0)).isInstanceOf(Succeeded.class);
            assertThat(results).containsOnly(results.get(0));
            assertThat(sandbox.ledger().payoutsRecorded(ref)).isEqualTo(1);
        }
        assertThat(sandbox.ledger().totalRecorded()).isEqualTo(ROUNDS);
    }

    @Test
    void eightThreadsInitiatingATwentyThreeGetOne404AndRecordOnePayout() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String ref = "ref-" + round;

            List<GatewayResult> results = initiateAtOnce(thread -> payout(ref, "NEFT", "23.00"));

            assertThat(results).filteredOn(Unknown.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(Succeeded.class::isInstance).hasSize(THREADS - 1);
            assertThat(sandbox.ledger().payoutsRecorded(ref)).isEqualTo(1);
        }
        assertThat(sandbox.ledger().totalRecorded()).isEqualTo(ROUNDS);
    }

    @Test
    void eightThreadsSendingDifferentAmountsUnderOneReferenceRecordOnlyTheFirst() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String ref = "ref-" + round;

            List<GatewayResult> results = initiateAtOnce(thread -> payout(ref, "NEFT", (thread + 1) + ".00"));

            assertThat(results).filteredOn(Succeeded.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(Failed.class::isInstance).hasSize(THREADS - 1)
                    .allSatisfy(result -> assertThat(((Failed) result).responseCode())
                            .isEqualTo("DUMMY_IDEMPOTENCY_MISMATCH"));
            assertThat(sandbox.ledger().payoutsRecorded(ref)).isEqualTo(1);
        }
    }

    private List<GatewayResult> initiateAtOnce(IntFunction<PayoutInstruction> instructionOfThread) throws Exception {
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<GatewayResult>> futures = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            PayoutInstruction instruction = instructionOfThread.apply(thread);
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return sandbox.initiate(instruction);
            }));
        }
        ready.await();
        go.countDown();
        List<GatewayResult> results = new ArrayList<>();
        for (Future<GatewayResult> future : futures) {
            results.add(future.get());
        }
        return Collections.unmodifiableList(results);
    }
}
