package io.payout.application.order;

import io.payout.domain.Customer;
import io.payout.domain.InvalidInputException;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Money;
import io.payout.domain.NewFulfillment;
import io.payout.domain.Order;
import io.payout.domain.OrderType;
import io.payout.domain.Udfs;
import io.payout.domain.attempt.RetryPolicy;
import java.util.List;
import java.util.Objects;

/**
 * A merchant's request to create an order, checked as a whole when it is built. {@code retryPolicy}: the order's own
 * {@code retryAttemptPolicy}, or null for the merchant's default. {@code refundOnFailure}: for a Pay and Fulfill order,
 * whether a collected amount that is not paid out is refunded automatically (null: the merchant's setting).
 */
public record CreateOrderCommand(MerchantId merchantId, MerchantOrderId merchantOrderId, OrderType type, Money amount,
                                 Customer customer, Udfs udfs, List<NewFulfillment> fulfillments,
                                 RetryPolicy retryPolicy, Boolean refundOnFailure) {
    public CreateOrderCommand {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(merchantOrderId, "merchantOrderId");
        type = type == null ? OrderType.FULFILL_ONLY : type;
        if (type == OrderType.FULFILL_ONLY && refundOnFailure != null) {
            throw new InvalidInputException("refundOnFailure", "applies only to PAY_AND_FULFILL orders");
        }
        Objects.requireNonNull(amount, "amount");
        if (amount.isLessThan(Order.MINIMUM_AMOUNT)) {
            throw new InvalidInputException("amount", "must be at least " + Order.MINIMUM_AMOUNT);
        }
        Objects.requireNonNull(customer, "customer");
        udfs = udfs == null ? Udfs.NONE : udfs;
        fulfillments = List.copyOf(fulfillments == null ? List.of() : fulfillments);
        Order.checkAmounts(amount, fulfillments);
    }

    /** A command without {@code refundOnFailure}. */
    public CreateOrderCommand(MerchantId merchantId, MerchantOrderId merchantOrderId, OrderType type, Money amount,
                              Customer customer, Udfs udfs, List<NewFulfillment> fulfillments,
                              RetryPolicy retryPolicy) {
        this(merchantId, merchantOrderId, type, amount, customer, udfs, fulfillments, retryPolicy, null);
    }

    /** A command without an order-level retry policy: the merchant's default applies. */
    public CreateOrderCommand(MerchantId merchantId, MerchantOrderId merchantOrderId, OrderType type, Money amount,
                              Customer customer, Udfs udfs, List<NewFulfillment> fulfillments) {
        this(merchantId, merchantOrderId, type, amount, customer, udfs, fulfillments, null);
    }

    /** A digest of everything the merchant asked for, to tell a retry of this request from a different one. */
    public String fingerprint() {
        return RequestFingerprint.of(this);
    }
}
