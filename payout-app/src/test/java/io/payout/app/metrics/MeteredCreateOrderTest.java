package io.payout.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import io.payout.application.ConflictException;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.application.fakes.MutableClock;
import io.payout.application.fakes.SampleOrders;
import io.payout.application.order.CreateOrderCommand;
import io.payout.application.order.CreateOrderResult;
import io.payout.application.order.CreateOrderService;
import io.payout.application.order.CreateOrderUseCase;
import io.payout.application.order.OrderLimits;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MeteredCreateOrderTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private final MetricRegistry registry = new MetricRegistry();
    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private final CreateOrderUseCase createOrder = new MeteredCreateOrder(
            new CreateOrderService(store, store, new OrderLimits(Money.of("1000")), new MutableClock(T0)), registry);

    @Test
    void newOrdersAreCountedByTypeAndRepeatsAndConflictsAreNot() {
        createOrder.createOrder(SampleOrders.oneUpi("acme", "ord-1", "5.00"));
        createOrder.createOrder(SampleOrders.oneUpi("acme", "ord-1", "5.00"));
        createOrder.createOrder(SampleOrders.oneUpi("acme", "ord-2", "5.00"));
        assertThatThrownBy(() -> createOrder.createOrder(SampleOrders.oneUpi("acme", "ord-2", "6.00")))
                .isInstanceOf(ConflictException.class);

        assertThat(created("FULFILL_ONLY")).isEqualTo(2);
        assertThat(created("PAY_AND_FULFILL")).isZero();
    }

    @Test
    void everyTypeIsThereFromTheStartAtZero() {
        assertThat(registry.getCounters().keySet()).containsExactlyInAnyOrder(
                "payout.orders.created.total{type=FULFILL_ONLY}", "payout.orders.created.total{type=PAY_AND_FULFILL}");
    }

    @Test
    void aPayAndFulfillOrderIsCountedUnderItsType() {
        CreateOrderCommand command = SampleOrders.oneUpi("acme", "pay-1", "5.00");
        Order payAndFulfill = Order.acceptPayAndFulfill(OrderId.random(), command.merchantId(),
                command.merchantOrderId(), command.amount(), command.customer(), command.udfs(),
                command.fulfillments(), T0);
        CreateOrderUseCase metered = new MeteredCreateOrder(any -> new CreateOrderResult(payAndFulfill, true),
                registry);

        metered.createOrder(command);

        assertThat(created("PAY_AND_FULFILL")).isEqualTo(1);
        assertThat(created("FULFILL_ONLY")).isZero();
    }

    private long created(String type) {
        return registry.counter("payout.orders.created.total{type=" + type + "}").getCount();
    }
}
