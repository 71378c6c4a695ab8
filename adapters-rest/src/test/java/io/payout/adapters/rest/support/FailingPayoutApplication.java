package io.payout.adapters.rest.support;

import io.payout.application.callback.ListOrderCallbacksQuery;
import io.payout.application.callback.RedeliverCallbackUseCase;
import io.payout.application.engine.CancelFulfillmentUseCase;
import io.payout.application.order.CreateOrderUseCase;
import io.payout.application.order.GetOrderQuery;

/** The API on use cases that blow up, as a broken database would make them. */
public class FailingPayoutApplication extends TestPayoutApplication {
    /** Text that must never reach a response. */
    public static final String SECRET_FAILURE = "connection to db-7.internal refused for user payout";

    @Override
    protected CreateOrderUseCase createOrderUseCase() {
        return command -> {
            throw new IllegalStateException(SECRET_FAILURE);
        };
    }

    @Override
    protected GetOrderQuery getOrderQuery() {
        return (merchantId, orderId) -> {
            throw new IllegalStateException(SECRET_FAILURE);
        };
    }

    @Override
    protected CancelFulfillmentUseCase cancelFulfillmentUseCase() {
        return (merchantId, fulfillmentId) -> {
            throw new IllegalStateException(SECRET_FAILURE);
        };
    }

    @Override
    protected ListOrderCallbacksQuery listCallbacksQuery() {
        return (merchantId, orderId) -> {
            throw new IllegalStateException(SECRET_FAILURE);
        };
    }

    @Override
    protected RedeliverCallbackUseCase redeliverCallbackUseCase() {
        return (merchantId, callbackId) -> {
            throw new IllegalStateException(SECRET_FAILURE);
        };
    }
}
