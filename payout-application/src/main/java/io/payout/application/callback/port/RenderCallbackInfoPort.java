package io.payout.application.callback.port;

import io.payout.domain.Order;
import io.payout.domain.callback.CallbackEvent;
import io.payout.domain.collection.Refund;

/**
 * Renders a callback's {@code info}: the order, fulfillment or transaction the event is about, taken from
 * {@code order} (its state just after the change) as the status API shows it, with {@code status} set to the
 * event's value. JSON text.
 */
public interface RenderCallbackInfoPort {
    String render(Order order, CallbackEvent event);

    /** A {@code REFUND} callback's {@code info}: the refund as the status API shows it, with {@code status} = value. */
    String renderRefund(Refund refund, CallbackEvent event);
}
