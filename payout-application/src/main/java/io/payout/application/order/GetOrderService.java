package io.payout.application.order;

import io.payout.application.NotFoundException;
import io.payout.application.order.port.LoadOrderPort;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Order;

/** Reads an order for its merchant; another merchant's order is as absent as one that never existed. */
public class GetOrderService implements GetOrderQuery {
    private final LoadOrderPort loadOrderPort;

    public GetOrderService(LoadOrderPort loadOrderPort) {
        this.loadOrderPort = loadOrderPort;
    }

    @Override
    public Order getOrder(MerchantId merchantId, MerchantOrderId merchantOrderId) {
        return loadOrderPort.findOrder(merchantId, merchantOrderId)
                .orElseThrow(() -> new NotFoundException("no order with orderId " + merchantOrderId));
    }
}
