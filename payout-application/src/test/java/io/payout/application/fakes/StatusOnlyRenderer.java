package io.payout.application.fakes;

import io.payout.application.callback.port.RenderCallbackInfoPort;
import io.payout.domain.Order;
import io.payout.domain.callback.CallbackEvent;
import io.payout.domain.collection.Refund;

/** Renders a callback's {@code info} as just {@code {"id": entity, "status": value}}: enough for use-case tests. */
public class StatusOnlyRenderer implements RenderCallbackInfoPort {
    @Override
    public String render(Order order, CallbackEvent event) {
        return json(event);
    }

    @Override
    public String renderRefund(Refund refund, CallbackEvent event) {
        return json(event);
    }

    private static String json(CallbackEvent event) {
        return "{\"id\":\"" + event.entityId() + "\",\"status\":\"" + event.value() + "\"}";
    }
}
