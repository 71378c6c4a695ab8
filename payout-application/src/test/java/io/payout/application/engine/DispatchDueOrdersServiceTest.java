package io.payout.application.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.engine.port.PayoutGatewayPort;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.Order;
import io.payout.domain.Transaction;
import io.payout.domain.attempt.GatewayResult;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DispatchDueOrdersServiceTest {
    private final EngineHarness harness = new EngineHarness();
    private final CountDownLatch slowGatewayMayAnswer = new CountDownLatch(1);
    private final ExecutorService workers = Executors.newFixedThreadPool(2);

    @AfterEach
    void close() throws InterruptedException {
        slowGatewayMayAnswer.countDown();
        workers.shutdownNow();
        harness.close();
    }

    /** Holds initiations of 7.00 until the test lets them go; everything else goes to the scripted gateway. */
    private DispatchDueOrdersService dispatcher() {
        PayoutGatewayPort scripted = harness.gateway;
        harness.gatewayPort = new PayoutGatewayPort() {
            @Override
            public GatewayResult initiate(Fulfillment fulfillment, Transaction transaction) {
                if (transaction.amount().value().intValue() == 7) {
                    awaitQuietly();
                }
                return scripted.initiate(fulfillment, transaction);
            }

            @Override
            public GatewayResult inquire(Transaction transaction) {
                return scripted.inquire(transaction);
            }
        };
        harness.batchSize = 1;
        return new DispatchDueOrdersService(harness.store, harness.stepper("engine-1"), workers, 2,
                harness.settings("engine-1"), harness.clock);
    }

    private void awaitQuietly() {
        try {
            slowGatewayMayAnswer.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anOrderWaitingOnASlowGatewayDoesNotHoldBackTheNextClaims() throws Exception {
        DispatchDueOrdersService dispatcher = dispatcher();
        Order slow = harness.newOrder(EngineHarness.bank("7.00"));
        Order fast = harness.newOrder(EngineHarness.bank("5.00"));

        assertThat(dispatcher.processDueOrders()).isEqualTo(1);
        assertThat(dispatcher.processDueOrders()).isEqualTo(1);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (harness.fulfillment(fast, 1).status() != FulfillmentStatus.SUCCESS && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertThat(harness.fulfillment(fast, 1).status()).isEqualTo(FulfillmentStatus.SUCCESS);
        assertThat(harness.fulfillment(slow, 1).transactions()).hasSize(1);
        assertThat(harness.fulfillment(slow, 1).status()).isEqualTo(FulfillmentStatus.PENDING);
        slowGatewayMayAnswer.countDown();
        dispatcher.awaitIdle();
        assertThat(harness.fulfillment(slow, 1).status()).isEqualTo(FulfillmentStatus.SUCCESS);
    }

    @Test
    void withEveryWorkerBusyNothingIsClaimed() throws Exception {
        DispatchDueOrdersService dispatcher = dispatcher();
        harness.newOrder(EngineHarness.bank("7.00"));
        harness.newOrder(EngineHarness.bank("7.00"));
        Order waiting = harness.newOrder(EngineHarness.bank("5.00"));
        assertThat(dispatcher.processDueOrders()).isEqualTo(1);
        assertThat(dispatcher.processDueOrders()).isEqualTo(1);

        assertThat(dispatcher.processDueOrders()).isZero();
        assertThat(harness.store.lease(waiting.merchantId(), waiting.id()).orElseThrow().released()).isTrue();
        slowGatewayMayAnswer.countDown();
        dispatcher.awaitIdle();
        assertThat(dispatcher.processDueOrders()).isEqualTo(1);
        dispatcher.awaitIdle();
        assertThat(harness.fulfillment(waiting, 1).status()).isEqualTo(FulfillmentStatus.SUCCESS);
    }
}
