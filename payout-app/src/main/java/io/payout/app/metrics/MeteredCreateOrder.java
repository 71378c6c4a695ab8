package io.payout.app.metrics;

import com.codahale.metrics.MetricRegistry;
import io.payout.application.order.CreateOrderCommand;
import io.payout.application.order.CreateOrderResult;
import io.payout.application.order.CreateOrderUseCase;
import io.payout.domain.OrderType;

/**
 * Counts the orders a create request made, by type: {@value #CREATED}{@code {type=FULFILL_ONLY}}. A repeat answered
 * with the stored order is not counted, nor is a refused request.
 */
public final class MeteredCreateOrder implements CreateOrderUseCase {
    public static final String CREATED = "payout.orders.created.total";
    private final CreateOrderUseCase delegate;
    private final MetricRegistry registry;

    public MeteredCreateOrder(CreateOrderUseCase delegate, MetricRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
        for (OrderType type : OrderType.values()) {
            registry.counter(name(type));
        }
    }

    @Override
    public CreateOrderResult createOrder(CreateOrderCommand command) {
        CreateOrderResult result = delegate.createOrder(command);
        if (result.created()) {
            registry.counter(name(result.order().type())).inc();
        }
        return result;
    }

    private static String name(OrderType type) {
        return MetricName.of(CREATED, "type", type.name());
    }
}
