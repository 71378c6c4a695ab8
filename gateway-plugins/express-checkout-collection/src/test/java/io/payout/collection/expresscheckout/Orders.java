package io.payout.collection.expresscheckout;

import io.payout.collection.spi.CollectionRequest;
import java.math.BigDecimal;

/** Collection requests for the tests. */
final class Orders {
    private Orders() {
    }

    static CollectionRequest request(String providerOrderId, String amount) {
        return new CollectionRequest(providerOrderId, new BigDecimal(amount), "INR", "cust0042", "asha@example.com",
                "9876543210", "Payout order merchant-0001", 30);
    }
}
