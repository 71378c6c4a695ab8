package io.payout.application.admission;

import io.payout.application.order.CreateOrderCommand;
import io.payout.application.order.CreateOrderResult;
import io.payout.application.order.CreateOrderUseCase;
import io.payout.application.order.EarlierOrders;
import io.payout.application.order.port.LoadOrderPort;

/**
 * Order creation behind the {@link EngineLagGate}. While the gate admits, the create goes on as always. While it
 * refuses, a create whose orderId the merchant already used is answered as always (the stored order for the same
 * body, a conflict for another: one read, nothing written), so a client that lost the answer to an accepted create
 * still gets it; any other create is refused with {@link AdmissionRefusedException} before anything is written.
 */
public class GatedCreateOrderService implements CreateOrderUseCase {
    private final CreateOrderUseCase createOrder;
    private final EngineLagGate gate;
    private final EarlierOrders earlier;

    public GatedCreateOrderService(CreateOrderUseCase createOrder, EngineLagGate gate, LoadOrderPort orders) {
        this.createOrder = createOrder;
        this.gate = gate;
        this.earlier = new EarlierOrders(orders);
    }

    @Override
    public CreateOrderResult createOrder(CreateOrderCommand command) {
        if (gate.admitsNewOrders()) {
            return createOrder.createOrder(command);
        }
        return earlier.repeatOf(command, command.fingerprint()).orElseGet(() -> {
            gate.refused();
            throw new AdmissionRefusedException(gate.retryAfter());
        });
    }
}
