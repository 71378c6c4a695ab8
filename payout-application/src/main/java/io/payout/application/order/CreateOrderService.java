package io.payout.application.order;

import io.payout.application.ConflictException;
import io.payout.application.order.port.LoadOrderPort;
import io.payout.application.order.port.SaveOrderPort;
import io.payout.domain.InvalidInputException;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import java.time.Clock;

/**
 * Creates an order, idempotently: a request that repeats an earlier one (same merchant, orderId and body) gets
 * the stored order back; one that reuses the orderId with a different body is refused. The order and its
 * fulfillments are written in one transaction, and the unique key on (merchant, orderId) settles races.
 */
public class CreateOrderService implements CreateOrderUseCase {
    private final LoadOrderPort loadOrderPort;
    private final SaveOrderPort saveOrderPort;
    private final OrderLimits limits;
    private final Clock clock;

    public CreateOrderService(LoadOrderPort loadOrderPort, SaveOrderPort saveOrderPort, OrderLimits limits, Clock clock) {
        this.loadOrderPort = loadOrderPort;
        this.saveOrderPort = saveOrderPort;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public CreateOrderResult createOrder(CreateOrderCommand command) {
        String fingerprint = command.fingerprint();
        var earlier = loadOrderPort.findCreateFingerprint(command.merchantId(), command.merchantOrderId());
        if (earlier.isPresent()) {
            return repeated(command, fingerprint, earlier.get());
        }
        if (command.amount().isGreaterThan(limits.maxOrderAmount())) {
            throw new InvalidInputException("amount", "must be at most " + limits.maxOrderAmount());
        }
        Order order = Order.acceptFulfillOnly(OrderId.random(), command.merchantId(), command.merchantOrderId(),
                command.amount(), command.customer(), command.udfs(), command.fulfillments(), clock.instant());
        if (saveOrderPort.insertNewOrder(order, fingerprint, command.retryPolicy())) {
            return new CreateOrderResult(order, true);
        }
        String winner = loadOrderPort.findCreateFingerprint(command.merchantId(), command.merchantOrderId())
                .orElseThrow(() -> new IllegalStateException("order " + command.merchantOrderId() + " vanished"));
        return repeated(command, fingerprint, winner);
    }

    private CreateOrderResult repeated(CreateOrderCommand command, String fingerprint, String storedFingerprint) {
        if (!storedFingerprint.equals(fingerprint)) {
            throw new ConflictException("orderId " + command.merchantOrderId()
                    + " was already used for a different order; use a new orderId");
        }
        Order stored = loadOrderPort.findOrder(command.merchantId(), command.merchantOrderId())
                .orElseThrow(() -> new IllegalStateException("order " + command.merchantOrderId() + " vanished"));
        return new CreateOrderResult(stored, false);
    }
}
