package io.payout.application.collection;

import io.payout.application.collection.port.CollectionWorkPort;
import io.payout.domain.MerchantId;
import io.payout.domain.OrderId;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.Refund;
import java.util.List;

/** Reads an order's payments and refunds for the status API. */
public class OrderPaymentsService implements OrderPaymentsQuery {
    private final CollectionWorkPort work;

    public OrderPaymentsService(CollectionWorkPort work) {
        this.work = work;
    }

    @Override
    public List<Payment> paymentsOf(MerchantId merchantId, OrderId orderId) {
        return work.findPayment(merchantId, orderId).map(List::of).orElse(List.of());
    }

    @Override
    public List<Refund> refundsOf(MerchantId merchantId, OrderId orderId) {
        return work.refundsOf(merchantId, orderId);
    }
}
