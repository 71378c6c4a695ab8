package io.payout.application.order.port;

import io.payout.application.order.OrderFilter;
import io.payout.application.order.OrderPosition;
import io.payout.domain.MerchantId;
import io.payout.domain.Order;
import java.util.List;

/** Reads a merchant's orders in listing order ({@link OrderPosition#LISTING_ORDER}: newest first). */
public interface ListOrdersPort {
    /**
     * At most {@code max} of the merchant's orders that match {@code filter} and come after {@code after} in
     * listing order (null: from the newest), each with its fulfillments and their transactions as
     * {@link LoadOrderPort#findOrder} returns them.
     */
    List<Order> listOrders(MerchantId merchantId, OrderFilter filter, OrderPosition after, int max);
}
