package io.payout.adapters.rest.callback;

import java.util.List;

/** An order's delivery log: the merchant's {@code orderId} and its callbacks by sequence. */
public record OrderCallbacksView(String orderId, List<CallbackView> callbacks) {
}
