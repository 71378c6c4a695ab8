package io.payout.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.OrderWorkPort;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.application.fakes.SampleOrders;
import io.payout.application.operator.OperatorAction;
import io.payout.application.operator.port.OperatorActionPort;
import io.payout.application.order.CreateOrderCommand;
import io.payout.application.collection.port.CollectionWorkPort;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.OrderStatus;
import io.payout.domain.collection.Payment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The time from an order's creation to its final status, recorded by the decorators of every save that can finish
 * an order: the engine's and the cancel's, an operator's, and Pay and Fulfill's.
 */
class TerminalOrdersTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private final MetricRegistry registry = new MetricRegistry();
    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private final PayoutMetrics metrics = new PayoutMetrics(registry);

    @Test
    void anOrderMovingToAFinalStatusIsTimedFromItsCreationByTypeAndStatus() {
        OrderWorkPort work = metrics.orderWork(store);
        Order order = fulfillOnly("ord-1");

        long version = work.saveProgress(stored(order), scheduled(order, T0.plusSeconds(1)), List.of(), List.of(),
                Map.of(), Lease.RELEASE);
        assertThat(registry.getTimers()).isEmpty();
        work.saveProgress(stored(order), finished(order, OrderStatus.FULFILLMENTS_SUCCESSFUL, T0.plusSeconds(90)),
                List.of(), List.of(), Map.of(), Lease.RELEASE);

        assertThat(version).isPositive();
        Timer timer = timer("FULFILL_ONLY", "FULFILLMENTS_SUCCESSFUL");
        assertThat(timer.getCount()).isEqualTo(1);
        assertThat(timer.getSnapshot().getMax()).isEqualTo(Duration.ofSeconds(90).toNanos());
    }

    @Test
    void aMoveBetweenFinalStatusesIsNotTimedAgain() {
        OrderWorkPort work = metrics.orderWork(store);
        Order order = fulfillOnly("ord-1");
        Order paid = finished(order, OrderStatus.FULFILLMENTS_SUCCESSFUL, T0.plusSeconds(5));
        work.saveProgress(stored(order), paid, List.of(), List.of(), Map.of(), Lease.RELEASE);

        work.saveProgress(stored(order), paid.withStatus(OrderStatus.FULFILLMENTS_FAILURE, T0.plusSeconds(60)),
                List.of(), List.of(), Map.of(), Lease.RELEASE);

        assertThat(timer("FULFILL_ONLY", "FULFILLMENTS_SUCCESSFUL").getCount()).isEqualTo(1);
        assertThat(timer("FULFILL_ONLY", "FULFILLMENTS_FAILURE").getCount()).isZero();
    }

    @Test
    void aSaveThatLostItsVersionIsNotTimed() {
        OrderWorkPort work = metrics.orderWork(store);
        Order order = fulfillOnly("ord-1");
        OrderWork stale = stored(order);
        work.saveProgress(stale, scheduled(order, T0.plusSeconds(1)), List.of(), List.of(), Map.of(), Lease.RELEASE);

        long version = work.saveProgress(stale, finished(order, OrderStatus.FULFILLMENTS_CANCELLED, T0.plusSeconds(2)),
                List.of(), List.of(), Map.of(), Lease.RELEASE);

        assertThat(version).isEqualTo(-1);
        assertThat(registry.getTimers()).isEmpty();
    }

    @Test
    void anOperatorsResolutionThatFinishesTheOrderIsTimed() {
        OperatorActionPort actions = metrics.operatorActions(store);
        Order order = fulfillOnly("ord-1");
        Order resolved = finished(order, OrderStatus.FULFILLMENTS_SUCCESSFUL, T0.plus(Duration.ofHours(2)));

        actions.saveProgressWithAction(stored(order), resolved, List.of(), List.of(), Map.of(),
                new OperatorAction(order.merchantId(), order.id(), OperatorAction.RESOLVE_REVIEW, "t", "asha",
                        "bank said so", "", resolved.updatedAt()));

        assertThat(timer("FULFILL_ONLY", "FULFILLMENTS_SUCCESSFUL").getSnapshot().getMax())
                .isEqualTo(Duration.ofHours(2).toNanos());
    }

    @Test
    void aPayAndFulfillOrderCancelledWhenItsPaymentExpiresIsTimedUnderItsType() {
        CollectionWorkPort collections = metrics.collectionWork(store);
        CreateOrderCommand command = SampleOrders.oneUpi("acme", "pay-1", "5.00");
        Order order = Order.acceptPayAndFulfill(OrderId.random(), command.merchantId(), command.merchantOrderId(),
                command.amount(), command.customer(), command.udfs(), command.fulfillments(), T0);
        Payment payment = Payment.open(order.id(), order.merchantId(), "SANDBOX", "po-1", order.amount(), null,
                T0.plus(Duration.ofMinutes(30)), T0);
        store.insertNewOrder(order, "fp-pay-1", null, payment, T0);
        Instant expiry = T0.plus(Duration.ofMinutes(30));

        collections.savePaymentAndOrder(payment.expired(expiry), stored(order),
                finished(order, OrderStatus.FULFILLMENTS_CANCELLED, expiry), List.of(), List.of(), Map.of());

        assertThat(timer("PAY_AND_FULFILL", "FULFILLMENTS_CANCELLED").getSnapshot().getMax())
                .isEqualTo(Duration.ofMinutes(30).toNanos());
    }

    private Order fulfillOnly(String merchantOrderId) {
        CreateOrderCommand command = SampleOrders.oneUpi("acme", merchantOrderId, "5.00");
        Order order = Order.acceptFulfillOnly(OrderId.random(), command.merchantId(), command.merchantOrderId(),
                command.amount(), command.customer(), command.udfs(), command.fulfillments(), T0);
        store.insertNewOrder(order, "fp-" + merchantOrderId, null);
        return order;
    }

    private OrderWork stored(Order order) {
        return store.work(order.merchantId(), order.id()).orElseThrow();
    }

    private static Order scheduled(Order order, Instant at) {
        return order.withStatus(OrderStatus.FULFILLMENTS_SCHEDULED, at);
    }

    private static Order finished(Order order, OrderStatus status, Instant at) {
        return order.withStatus(status, at);
    }

    private Timer timer(String type, String status) {
        return registry.timer("payout.orders.time_to_terminal{type=" + type + ",status=" + status + "}");
    }
}
