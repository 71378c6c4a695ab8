package io.payout.application.order;

import io.payout.application.order.port.ListOrdersPort;
import io.payout.domain.MerchantId;
import io.payout.domain.Order;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads one page more than asked for by one order, to know whether another page follows. */
public class ListOrdersService implements ListOrdersQuery {
    private final ListOrdersPort listOrdersPort;

    public ListOrdersService(ListOrdersPort listOrdersPort) {
        this.listOrdersPort = Objects.requireNonNull(listOrdersPort, "listOrdersPort");
    }

    @Override
    public OrderListing listOrders(MerchantId merchantId, OrderFilter filter, OrderPage page) {
        List<Order> read = listOrdersPort.listOrders(merchantId, filter, page.after(), page.limit() + 1);
        if (read.size() <= page.limit()) {
            return new OrderListing(read, Optional.empty());
        }
        List<Order> orders = read.subList(0, page.limit());
        return new OrderListing(orders, Optional.of(OrderPosition.of(orders.get(orders.size() - 1))));
    }
}
