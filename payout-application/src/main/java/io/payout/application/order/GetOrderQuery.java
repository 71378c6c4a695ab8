package io.payout.application.order;

import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Order;

/** An order as it is now, with its fulfillments and their transactions, looked up by the merchant's orderId. */
public interface GetOrderQuery {
    /** @throws io.payout.application.NotFoundException when the merchant has no such order */
    Order getOrder(MerchantId merchantId, MerchantOrderId merchantOrderId);
}
