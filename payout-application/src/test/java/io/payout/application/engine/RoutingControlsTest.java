package io.payout.application.engine;

import static io.payout.application.engine.EngineHarness.IMPS;
import static io.payout.application.engine.EngineHarness.NEFT;
import static io.payout.application.engine.EngineHarness.OTHER_IMPS;
import static io.payout.application.engine.EngineHarness.TIMINGS;
import static io.payout.application.engine.EngineHarness.bank;
import static io.payout.application.engine.EngineHarness.ref;
import static io.payout.application.engine.EngineHarness.upi;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.fakes.ScriptedGateway.Call;
import io.payout.application.fakes.ScriptedGateway.Operation;
import io.payout.domain.AdditionalInfo;
import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.NewFulfillment;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import io.payout.domain.Udfs;
import io.payout.domain.attempt.FailureCategory;
import io.payout.domain.attempt.GatewayResult;
import io.payout.domain.attempt.NextWork;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Paused (or circuit-open) methods get no new transactions; their work waits and goes on once they are back. */
class RoutingControlsTest {
    private final EngineHarness engine = new EngineHarness();

    @AfterEach
    void checkInvariantsAndClose() throws InterruptedException {
        PayoutInvariants.check(engine);
        engine.close();
    }

    private static NewFulfillment bankPreferring(MethodId... methods) {
        return new NewFulfillment(Money.of("7.00"), new BankAccountBeneficiary("Asha Rao", "026291800001191",
                "YESB0000262"), List.of(methods), Udfs.NONE, AdditionalInfo.NONE);
    }

    @Test
    void firstAttemptSkipsAPausedMethodWhenAnotherIsAvailable() {
        engine.paused.add(IMPS);
        Order order = engine.newOrder(bank("7.00"));

        engine.run();

        assertThat(engine.gateway.calls()).containsExactly(new Call(Operation.INITIATE, ref(order, 1, 1), NEFT));
        assertThat(engine.fulfillment(order, 1).fulfillmentMethods()).containsExactly(NEFT, OTHER_IMPS);
    }

    @Test
    void retryPinnedToAPausedMethodWaitsAndRunsAfterResume() {
        Order order = engine.newOrder(bank("7.00"));
        engine.gateway.onInitiate(ref(order, 1, 1), new GatewayResult.Failed("E101", "bank offline",
                FailureCategory.GATEWAY, true, "{\"status\":\"FAILURE\"}"));
        engine.run();
        assertThat(engine.workOf(order, 1).retryMethod()).isEqualTo(NEFT);
        engine.paused.add(NEFT);

        engine.runUntilQuiet(Duration.ofMinutes(10));

        assertThat(engine.gateway.calls(Operation.INITIATE)).hasSize(1);
        assertThat(engine.transactions(order, 1)).hasSize(1);
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.PENDING);
        NextWork waiting = engine.workOf(order, 1);
        assertThat(waiting.retryMethod()).isEqualTo(NEFT);
        assertThat(waiting.dueAt()).isAfter(engine.clock.instant())
                .isBeforeOrEqualTo(engine.clock.instant().plus(TIMINGS.firstPoll()));

        engine.paused.remove(NEFT);
        engine.runUntilQuiet(Duration.ofMinutes(1));

        assertThat(engine.gateway.calls(Operation.INITIATE)).extracting(Call::method).containsExactly(IMPS, NEFT);
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
    }

    @Test
    void newFulfillmentWhosePreferredMethodsAreAllPausedWaitsWithoutATransaction() {
        engine.paused.add(IMPS);
        Order order = engine.newOrder(bankPreferring(IMPS));

        engine.runUntilQuiet(Duration.ofMinutes(10));

        assertThat(engine.gateway.calls()).isEmpty();
        assertThat(engine.transactions(order, 1)).isEmpty();
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.CREATED);
        assertThat(engine.workOf(order, 1).dueAt()).isNotNull();

        engine.paused.remove(IMPS);
        engine.runUntilQuiet(Duration.ofMinutes(1));

        assertThat(engine.gateway.calls()).containsExactly(new Call(Operation.INITIATE, ref(order, 1, 1), IMPS));
        assertThat(engine.stored(order).status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
    }

    @Test
    void fulfillmentWithNoConfiguredMethodStillFails() {
        engine.enabled = List.of(IMPS, NEFT);
        Order order = engine.newOrder(upi("7.00"));

        engine.run();

        assertThat(engine.gateway.calls()).isEmpty();
        assertThat(engine.fulfillment(order, 1).status()).isEqualTo(FulfillmentStatus.FAILURE);
    }
}
