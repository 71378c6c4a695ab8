package io.payout.application.collection;

import io.payout.domain.MerchantId;
import io.payout.domain.OrderId;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.Refund;
import java.util.List;

/** The payments and refunds of a merchant's order, for the status API ({@code expand=payment,refund}). */
public interface OrderPaymentsQuery {
    /** Empty for a Fulfill Only order. */
    List<Payment> paymentsOf(MerchantId merchantId, OrderId orderId);

    List<Refund> refundsOf(MerchantId merchantId, OrderId orderId);
}
