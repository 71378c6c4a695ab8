package io.payout.adapters.rest.callback;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.payout.adapters.rest.order.RefundView;

/** A {@code REFUND} callback's info: the refund as the status API shows it, and its order's {@code id}. */
record RefundInfo(@JsonUnwrapped RefundView refund, String orderId) {
}
