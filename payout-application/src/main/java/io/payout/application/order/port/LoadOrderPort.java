package io.payout.application.order.port;

import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Order;
import java.util.Optional;

/** Reads stored orders. */
public interface LoadOrderPort {
    /** The order with its fulfillments and their transactions (oldest first), if this merchant has it. */
    Optional<Order> findOrder(MerchantId merchantId, MerchantOrderId merchantOrderId);

    /** The fingerprint of the create request that made this order, if it exists. */
    Optional<String> findCreateFingerprint(MerchantId merchantId, MerchantOrderId merchantOrderId);
}
