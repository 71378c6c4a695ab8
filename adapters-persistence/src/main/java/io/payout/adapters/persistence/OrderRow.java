package io.payout.adapters.persistence;

import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.Fulfillment;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.OrderStatus;
import io.payout.domain.OrderType;
import io.payout.domain.Udfs;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A row of {@code orders} (without {@code version}, which only later updates will use).
 * Public only because JDBI binds the accessors of public types alone; not part of this adapter's API.
 */
public record OrderRow(String merchantId, String orderId, String merchantOrderId, String orderType, String status,
                BigDecimal amount, String customerId, String customerPhone, String customerEmail,
                String udf1, String udf2, String udf3, String udf4, String udf5,
                String requestFingerprint, Instant createdAt, Instant updatedAt) {

    static OrderRow of(Order order, String requestFingerprint) {
        Customer customer = order.customer();
        Udfs udfs = order.udfs();
        return new OrderRow(order.merchantId().value(), order.id().value(), order.merchantOrderId().value(),
                order.type().name(), order.status().name(), order.amount().value(),
                customer.id().value(), customer.phone(), customer.email(),
                udfs.udf1(), udfs.udf2(), udfs.udf3(), udfs.udf4(), udfs.udf5(),
                requestFingerprint, order.createdAt(), order.updatedAt());
    }

    Order toOrder(List<Fulfillment> fulfillments) {
        return new Order(new OrderId(orderId), new MerchantId(merchantId), new MerchantOrderId(merchantOrderId),
                OrderType.valueOf(orderType), OrderStatus.valueOf(status), new Money(amount),
                new Customer(new CustomerId(customerId), customerPhone, customerEmail),
                new Udfs(udf1, udf2, udf3, udf4, udf5), fulfillments, createdAt, updatedAt);
    }
}
