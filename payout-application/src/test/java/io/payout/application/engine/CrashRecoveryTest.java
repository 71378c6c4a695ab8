package io.payout.application.engine;

import static io.payout.application.engine.EngineHarness.IMPS;
import static io.payout.application.engine.EngineHarness.LEASE;
import static io.payout.application.engine.EngineHarness.NEFT;
import static io.payout.application.engine.EngineHarness.T0;
import static io.payout.application.engine.EngineHarness.bank;
import static io.payout.application.engine.EngineHarness.ref;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.PayoutGatewayPort;
import io.payout.application.fakes.ScriptedGateway.Call;
import io.payout.application.fakes.ScriptedGateway.Crash;
import io.payout.application.fakes.ScriptedGateway.Operation;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionRef;
import io.payout.domain.TransactionStatus;
import io.payout.domain.attempt.FailureCategory;
import io.payout.domain.attempt.GatewayResult;
import io.payout.domain.attempt.NextWork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An instance dies (the gateway port throws "crash") at each point of a step; another instance, started once the
 * dead one's claim has run out, finishes the payout without paying twice.
 */
class CrashRecoveryTest {
    private static final Logger ENGINE_LOG = Logger.getLogger(ProcessDueOrdersService.class.getName());
    private static Level engineLogLevel;
    private final EngineHarness engine = new EngineHarness();

    @BeforeAll
    static void quietTheExpectedCrashLogs() {
        engineLogLevel = ENGINE_LOG.getLevel();
        ENGINE_LOG.setLevel(Level.OFF);
    }

    @AfterAll
    static void restoreLogs() {
        ENGINE_LOG.setLevel(engineLogLevel);
    }

    @AfterEach
    void checkInvariantsAndClose() throws InterruptedException {
        PayoutInvariants.check(engine);
        engine.close();
    }

    /** The first instance dies in its round; returns how many orders it had claimed. */
    private int crashingRound() {
        return engine.service("engine-A").processDueOrders();
    }

    /** A new instance, after the dead one's claim ran out. */
    private int restartedRound() {
        engine.clock.advance(LEASE);
        return engine.service("engine-B").processDueOrders();
    }

    private void assertPaidOnce(Order order, int fulfillment, TransactionRef ref) {
        assertThat(engine.transactions(order, fulfillment)).singleElement().satisfies(t -> {
            assertThat(t.transactionRef()).isEqualTo(ref);
            assertThat(t.status()).isEqualTo(TransactionStatus.SUCCESS);
        });
        assertThat(engine.gateway.initiations(ref)).isEqualTo(1);
    }

    @Test
    void crashAfterCommittingTheAttemptBeforeTheGatewayCallIsResentWithTheSameReference() {
        Order order = engine.newOrder(bank("7.00"));
        TransactionRef t1 = ref(order, 1, 1);
        engine.gateway.crashOnInitiate(t1, Crash.BEFORE_RECEIVING);

        assertThat(crashingRound()).isEqualTo(1);

        assertThat(engine.gateway.calls()).isEmpty();
        assertThat(engine.transactions(order, 1)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TransactionStatus.CREATED));
        assertThat(engine.store.lease(order.merchantId(), order.id()))
                .contains(new Lease("engine-A", T0.plus(LEASE)));
        assertThat(engine.workOf(order, 1)).isEqualTo(NextWork.at(T0.plus(LEASE)));

        engine.clock.advance(LEASE.minusMillis(1));
        assertThat(engine.service("engine-B").processDueOrders()).as("the dead instance's claim holds").isZero();
        engine.clock.set(T0);
        assertThat(restartedRound()).isEqualTo(1);

        assertThat(engine.gateway.calls()).containsExactly(new Call(Operation.INQUIRE, t1, IMPS),
                new Call(Operation.INITIATE, t1, IMPS));
        assertPaidOnce(order, 1, t1);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
        assertThat(engine.store.lease(order.merchantId(), order.id())).contains(Lease.RELEASE);
    }

    @Test
    void crashAfterTheGatewayReceivedThePayoutIsResolvedByInquiryNotBySendingAgain() {
        Order order = engine.newOrder(bank("7.00"));
        TransactionRef t1 = ref(order, 1, 1);
        engine.gateway.crashOnInitiate(t1, Crash.AFTER_RECEIVING);

        crashingRound();
        assertThat(engine.gateway.initiations(t1)).isEqualTo(1);
        assertThat(engine.transactions(order, 1).get(0).status()).isEqualTo(TransactionStatus.CREATED);
        restartedRound();

        assertThat(engine.gateway.calls()).containsExactly(new Call(Operation.INITIATE, t1, IMPS),
                new Call(Operation.INQUIRE, t1, IMPS));
        assertPaidOnce(order, 1, t1);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
    }

    @Test
    void crashAfterTheGatewayRefusedThePayoutRetriesOnTheNextMethodOnlyOnceTheFailureIsKnown() {
        Order order = engine.newOrder(bank("7.00"));
        TransactionRef t1 = ref(order, 1, 1);
        engine.gateway.onInitiate(t1, new GatewayResult.Failed("E1", "bank down", FailureCategory.GATEWAY, true, null))
                .crashOnInitiate(t1, Crash.AFTER_RECEIVING);

        crashingRound();
        restartedRound();
        engine.runUntilQuiet(Duration.ofMinutes(10));

        assertThat(engine.gateway.calls()).containsExactly(new Call(Operation.INITIATE, t1, IMPS),
                new Call(Operation.INQUIRE, t1, IMPS), new Call(Operation.INITIATE, ref(order, 1, 2), NEFT));
        assertThat(engine.transactions(order, 1)).extracting(Transaction::status)
                .containsExactly(TransactionStatus.FAILURE, TransactionStatus.SUCCESS);
        assertThat(engine.gateway.initiations(t1)).isEqualTo(1);
    }

    @Test
    void crashAfterPhaseOneOfAMultiFulfillmentOrderCompletesEveryFulfillmentOnce() {
        Order order = engine.newOrder(bank("2.00"), bank("3.00"), bank("4.00"));
        TransactionRef f1 = ref(order, 1, 1);
        TransactionRef f2 = ref(order, 2, 1);
        TransactionRef f3 = ref(order, 3, 1);
        engine.gateway.crashOnInitiate(f2, Crash.AFTER_RECEIVING);

        crashingRound();

        assertThat(engine.gateway.calls(Operation.INITIATE)).extracting(Call::reference).containsExactly(f1, f2);
        assertThat(engine.stored(order).fulfillments()).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(FulfillmentStatus.PENDING);
            assertThat(f.transactions()).singleElement()
                    .satisfies(t -> assertThat(t.status()).isEqualTo(TransactionStatus.CREATED));
        });

        restartedRound();

        assertThat(engine.gateway.calls()).extracting(c -> c.operation() + " " + c.reference().value().substring(30))
                .containsExactly("INITIATE f1t1", "INITIATE f2t1", "INQUIRE f1t1", "INQUIRE f2t1", "INQUIRE f3t1",
                        "INITIATE f3t1");
        assertPaidOnce(order, 1, f1);
        assertPaidOnce(order, 2, f2);
        assertPaidOnce(order, 3, f3);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
    }

    @Test
    void crashBeforeTheFirstGatewayCallOfAMultiFulfillmentOrderSendsEachReferenceOnce() {
        Order order = engine.newOrder(bank("2.00"), bank("3.00"));
        engine.gateway.crashOnInitiate(ref(order, 1, 1), Crash.BEFORE_RECEIVING);

        crashingRound();
        assertThat(engine.gateway.calls()).isEmpty();
        restartedRound();

        assertPaidOnce(order, 1, ref(order, 1, 1));
        assertPaidOnce(order, 2, ref(order, 2, 1));
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
    }

    @Test
    void repeatedCrashesStillEndInExactlyOnePayout() {
        Order order = engine.newOrder(bank("7.00"));
        TransactionRef t1 = ref(order, 1, 1);
        engine.gateway.crashOnInitiate(t1, Crash.BEFORE_RECEIVING);
        crashingRound();
        engine.gateway.crashOnInitiate(t1, Crash.AFTER_RECEIVING);
        restartedRound();
        assertThat(engine.transactions(order, 1).get(0).status()).isEqualTo(TransactionStatus.CREATED);

        engine.clock.advance(LEASE);
        engine.service("engine-C").processDueOrders();

        assertPaidOnce(order, 1, t1);
        assertThat(engine.gateway.calls(Operation.INITIATE)).hasSize(1);
    }

    @Test
    void crashOfOneOrderDoesNotStopTheOthersInTheBatch() {
        Order crashing = engine.newOrder(bank("7.00"));
        Order fine = engine.newOrder(bank("3.00"));
        engine.gateway.crashOnInitiate(ref(crashing, 1, 1), Crash.AFTER_RECEIVING);

        assertThat(crashingRound()).isEqualTo(2);

        assertThat(engine.stored(fine).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
        assertThat(engine.stored(crashing).fulfillments().get(0).status()).isEqualTo(FulfillmentStatus.PENDING);
        restartedRound();
        assertThat(engine.stored(crashing).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
    }
    @Test
    void claimLostDuringTheGatewayCallLeavesTheAnswerToTheNewHolderWhoInquires() {
        Order order = engine.newOrder(bank("7.00"));
        TransactionRef t1 = ref(order, 1, 1);
        List<Integer> takeover = new ArrayList<>();
        engine.gatewayPort = new PayoutGatewayPort() {
            @Override
            public GatewayResult initiate(Fulfillment f, Transaction t) {
                GatewayResult answer = engine.gateway.initiate(f, t);
                engine.clock.advance(LEASE); // a gateway slower than the claim: engine-B takes the order over
                takeover.add(engine.service("engine-B").processDueOrders());
                return answer;
            }

            @Override
            public GatewayResult inquire(Transaction t) {
                return engine.gateway.inquire(t);
            }
        };

        engine.service("engine-A").processDueOrders();

        assertThat(takeover).containsExactly(1);
        assertThat(engine.gateway.calls()).containsExactly(new Call(Operation.INITIATE, t1, IMPS),
                new Call(Operation.INQUIRE, t1, IMPS));
        assertPaidOnce(order, 1, t1);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
        assertThat(engine.events(order).stream().filter(e -> e.value().equals("SUCCESS")).count())
                .as("the stale answer of engine-A is not saved again").isEqualTo(2);
    }
}
