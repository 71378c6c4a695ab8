package io.payout.adapters.rest.support;

import io.payout.application.order.CreateOrderService;
import io.payout.application.order.CreateOrderUseCase;
import io.payout.application.order.OrderLimits;
import io.payout.domain.Money;

/** The API as a service without Pay and Fulfill wires it: order create without a collection starter. */
public class FulfillOnlyPayoutApplication extends TestPayoutApplication {
    @Override
    protected CreateOrderUseCase createOrderUseCase() {
        return new CreateOrderService(orders(), orders(), new OrderLimits(Money.of("10000000.00")), clock());
    }
}
