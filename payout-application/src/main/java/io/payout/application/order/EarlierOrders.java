package io.payout.application.order;

import io.payout.application.ConflictException;
import io.payout.application.order.port.LoadOrderPort;
import java.util.Optional;

/**
 * The answer to a create whose orderId the merchant has already used: the stored order when the request is the same
 * (by its fingerprint), a conflict when it differs. Reads only; writes nothing.
 */
public final class EarlierOrders {
    private final LoadOrderPort orders;

    public EarlierOrders(LoadOrderPort orders) {
        this.orders = orders;
    }

    /**
     * The stored order (not created by this request) if the merchant already has {@code command}'s orderId with the
     * same fingerprint; empty when the orderId is new.
     *
     * @throws ConflictException when the orderId was used with a different body
     */
    public Optional<CreateOrderResult> repeatOf(CreateOrderCommand command, String fingerprint) {
        return orders.findCreateFingerprint(command.merchantId(), command.merchantOrderId())
                .map(stored -> answer(command, fingerprint, stored));
    }

    private CreateOrderResult answer(CreateOrderCommand command, String fingerprint, String storedFingerprint) {
        if (!storedFingerprint.equals(fingerprint)) {
            throw new ConflictException("orderId " + command.merchantOrderId()
                    + " was already used for a different order; use a new orderId");
        }
        return orders.findOrder(command.merchantId(), command.merchantOrderId())
                .map(stored -> new CreateOrderResult(stored, false))
                .orElseThrow(() -> new IllegalStateException("order " + command.merchantOrderId() + " vanished"));
    }
}
