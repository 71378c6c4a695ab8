package io.payout.application.callback;

import io.payout.application.NotFoundException;
import io.payout.application.callback.port.CallbackOutboxPort;
import io.payout.application.order.port.LoadOrderPort;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Order;
import java.util.List;

/** Reads an order's delivery log; another merchant's order is as absent as one that never existed. */
public class ListOrderCallbacksService implements ListOrderCallbacksQuery {
    private final LoadOrderPort orders;
    private final CallbackOutboxPort outbox;

    public ListOrderCallbacksService(LoadOrderPort orders, CallbackOutboxPort outbox) {
        this.orders = orders;
        this.outbox = outbox;
    }

    @Override
    public List<CallbackRecord> callbacksOf(MerchantId merchantId, MerchantOrderId merchantOrderId) {
        Order order = orders.findOrder(merchantId, merchantOrderId)
                .orElseThrow(() -> new NotFoundException("no order with orderId " + merchantOrderId));
        return outbox.findByOrder(merchantId, order.id());
    }
}
