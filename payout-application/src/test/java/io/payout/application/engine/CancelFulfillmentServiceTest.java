package io.payout.application.engine;

import io.payout.application.callback.CallbackComposer;
import io.payout.application.callback.NewCallback;
import io.payout.application.fakes.StatusOnlyRenderer;
import static io.payout.application.engine.EngineHarness.ACME;
import static io.payout.application.engine.EngineHarness.LEASE;
import static io.payout.application.engine.EngineHarness.T0;
import static io.payout.application.engine.EngineHarness.bank;
import static io.payout.application.engine.EngineHarness.info;
import static io.payout.application.engine.EngineHarness.ref;
import static io.payout.application.engine.PayoutInvariants.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.ConflictException;
import io.payout.application.NotFoundException;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.OrderWorkPort;
import io.payout.application.engine.port.PayoutGatewayPort;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.MerchantId;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.attempt.GatewayResult;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.StatusEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CancelFulfillmentServiceTest {
    private final EngineHarness engine = new EngineHarness();
    private final CancelFulfillmentService cancels = new CancelFulfillmentService(engine.store, engine.saver(), engine.clock);

    @AfterEach
    void checkInvariantsAndClose() throws InterruptedException {
        PayoutInvariants.check(engine);
        engine.close();
    }

    private static FulfillmentId f(Order order, int n) {
        return order.fulfillments().get(n - 1).id();
    }

    @Test
    void cancelBeforeTheFirstAttemptWinsAndTheEngineNeverCallsTheGateway() {
        Order order = engine.newOrder(bank("7.00"));
        engine.clock.advance(Duration.ofSeconds(1));

        Fulfillment cancelled = cancels.cancel(ACME, f(order, 1));

        assertThat(cancelled.status()).isEqualTo(FulfillmentStatus.CANCELLED);
        assertThat(engine.run()).isZero();
        engine.runUntilQuiet(Duration.ofDays(1));
        assertThat(engine.gateway.calls()).isEmpty();
        assertThat(engine.fulfillment(order, 1)).isEqualTo(cancelled);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_CANCELLED);
        assertThat(engine.workOf(order, 1)).isEqualTo(NextWork.NONE);
        assertThat(engine.events(order)).containsExactly(
                new StatusEvent(EventLabel.FULFILLMENT_ORDER, f(order, 1).value(), "CANCELLED",
                        T0.plusSeconds(1)),
                new StatusEvent(EventLabel.ORDER, order.id().value(), "FULFILLMENTS_CANCELLED",
                        T0.plusSeconds(1)));
    }

    @Test
    void cancelOfOneOfTwoLeavesTheOtherToBePaid() {
        Order order = engine.newOrder(bank("7.00"), bank("3.00"));

        cancels.cancel(ACME, f(order, 2));
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.READY_FOR_FULFILLMENT);
        engine.run();

        assertThat(engine.gateway.calls()).extracting(c -> c.reference()).containsExactly(ref(order, 1, 1));
        assertThat(engine.fulfillment(order, 2).status()).isEqualTo(FulfillmentStatus.CANCELLED);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLED_PARTIALLY);
    }

    @Test
    void cancelOfAScheduledFulfillmentAlreadyPickedUpWins() {
        Order order = engine.newOrder(bank("7.00", info(T0.plus(Duration.ofHours(1)), null, null)));
        engine.run();
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SCHEDULED);

        cancels.cancel(ACME, f(order, 1));
        engine.runUntilQuiet(Duration.ofDays(1));

        assertThat(engine.gateway.calls()).isEmpty();
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_CANCELLED);
    }

    @Test
    void cancelAfterTheFirstAttemptIsRefused() {
        Order order = engine.newOrder(bank("7.00"));
        engine.run();
        Order before = engine.stored(order);

        assertThatThrownBy(() -> cancels.cancel(ACME, f(order, 1))).isInstanceOf(ConflictException.class);

        assertThat(engine.stored(order)).isEqualTo(before);
    }

    @Test
    void cancelOfAFulfillmentThatFailedWithoutAttemptIsRefused() {
        engine.enabled = List.of();
        Order order = engine.newOrder(bank("7.00"));
        engine.run();

        assertThatThrownBy(() -> cancels.cancel(ACME, f(order, 1))).isInstanceOf(ConflictException.class);
    }

    @Test
    void secondCancelIsRefused() {
        Order order = engine.newOrder(bank("7.00"));
        cancels.cancel(ACME, f(order, 1));

        assertThatThrownBy(() -> cancels.cancel(ACME, f(order, 1))).isInstanceOf(ConflictException.class);
    }

    @Test
    void cancelOfAnUnknownFulfillmentOrOneOfAnotherMerchantIsNotFound() {
        Order order = engine.newOrder(bank("7.00"));

        assertThatThrownBy(() -> cancels.cancel(new MerchantId("other"), f(order, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cancels.cancel(ACME, order.id().fulfillment(2))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cancels.cancel(ACME, new FulfillmentId("ffffffffffffffffffffffffffffff-f1")))
                .isInstanceOf(NotFoundException.class);
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.CREATED);
    }

    @Test
    void cancelCommittedWhileTheEngineHeldItsClaimMakesTheEngineLoseItAndCallNoGateway() {
        Order order = engine.newOrder(bank("7.00"));
        Instant now = engine.clock.instant();
        OrderWork claimed = engine.store.claimDueOrders("engine-1", now, now.plus(LEASE), 10).get(0);

        cancels.cancel(ACME, f(order, 1));
        engine.stepper("engine-1").step(claimed);

        assertThat(engine.gateway.calls()).isEmpty();
        assertThat(engine.transactions(order, 1)).isEmpty();
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_CANCELLED);
        assertThat(values(engine.events(order))).containsExactly("FULFILLMENT_ORDER:CANCELLED",
                "ORDER:FULFILLMENTS_CANCELLED");
    }

    @Test
    void cancelOfAnotherFulfillmentWhileTheEngineHeldItsClaimDelaysButDoesNotLoseTheFirst() {
        Order order = engine.newOrder(bank("7.00"), bank("3.00", info(T0.plus(Duration.ofHours(1)), null, null)));
        Instant now = engine.clock.instant();
        OrderWork claimed = engine.store.claimDueOrders("engine-1", now, now.plus(LEASE), 10).get(0);

        cancels.cancel(ACME, f(order, 2));
        engine.stepper("engine-1").step(claimed);
        assertThat(engine.gateway.calls()).isEmpty();
        engine.run();

        assertThat(engine.gateway.calls()).extracting(c -> c.reference()).containsExactly(ref(order, 1, 1));
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.SUCCESS);
        assertThat(engine.fulfillment(order, 2).status()).isEqualTo(FulfillmentStatus.CANCELLED);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLED_PARTIALLY);
    }

    @Test
    void cancelWhileTheGatewayIsBeingCalledIsRefusedBecauseTheAttemptWasCommittedFirst() {
        Order order = engine.newOrder(bank("7.00"));
        List<RuntimeException> refusals = new ArrayList<>();
        engine.gatewayPort = new PayoutGatewayPort() {
            @Override
            public GatewayResult initiate(Fulfillment fulfillment, Transaction transaction) {
                try {
                    cancels.cancel(ACME, fulfillment.id());
                } catch (ConflictException e) {
                    refusals.add(e);
                }
                return engine.gateway.initiate(fulfillment, transaction);
            }

            @Override
            public GatewayResult inquire(Transaction transaction) {
                return engine.gateway.inquire(transaction);
            }
        };

        engine.run();

        assertThat(refusals).hasSize(1);
        assertThat(engine.transactions(order, 1)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TransactionStatus.SUCCESS));
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
    }

    @Test
    void cancelTriesAgainWhenTheOrderChangedUnderIt() {
        Order order = engine.newOrder(bank("7.00"), bank("3.00"));
        OrderWorkPort racing = new RacingWork(engine, 1);

        new CancelFulfillmentService(racing, new ProgressSaver(racing, new CallbackComposer(engine.webhooks, new StatusOnlyRenderer())), engine.clock).cancel(ACME, f(order, 1));

        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.CANCELLED);
    }

    @Test
    void cancelGivesUpWhenTheOrderKeepsChanging() {
        Order order = engine.newOrder(bank("7.00"));
        OrderWorkPort racing = new RacingWork(engine, Integer.MAX_VALUE);

        assertThatThrownBy(() -> new CancelFulfillmentService(racing, new ProgressSaver(racing, new CallbackComposer(engine.webhooks, new StatusOnlyRenderer())), engine.clock).cancel(ACME, f(order, 1)))
                .isInstanceOf(ConflictException.class);
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.CREATED);
    }

    /** The store, where another writer bumps the order's version right after each of the first reads. */
    private static final class RacingWork implements OrderWorkPort {
        private final EngineHarness engine;
        private int races;

        RacingWork(EngineHarness engine, int races) {
            this.engine = engine;
            this.races = races;
        }

        @Override
        public List<OrderWork> claimDueOrders(String owner, Instant now, Instant leaseUntil, int limit) {
            return engine.store.claimDueOrders(owner, now, leaseUntil, limit);
        }

        @Override
        public Optional<OrderWork> findByFulfillment(MerchantId merchantId, FulfillmentId fulfillmentId) {
            Optional<OrderWork> found = engine.store.findByFulfillment(merchantId, fulfillmentId);
            if (races-- > 0) {
                OrderWork w = found.orElseThrow();
                engine.store.saveProgress(w, w.order(), List.of(), List.of(), w.work(), Lease.RELEASE);
            }
            return found;
        }

        @Override
        public long saveProgress(OrderWork before, Order after, List<StatusEvent> events,
                                 List<NewCallback> callbacks, Map<FulfillmentId, NextWork> work, Lease lease) {
            return engine.store.saveProgress(before, after, events, callbacks, work, lease);
        }
    }
}
