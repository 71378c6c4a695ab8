package io.payout.application.order;

/** Accept a merchant's order, durably, exactly once per (merchant, orderId). */
public interface CreateOrderUseCase {
    CreateOrderResult createOrder(CreateOrderCommand command);
}
