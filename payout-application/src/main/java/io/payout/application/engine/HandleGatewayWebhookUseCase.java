package io.payout.application.engine;

import java.util.List;
import java.util.Map;

/** A gateway's webhook: a hint that some of our transactions changed at the gateway. */
public interface HandleGatewayWebhookUseCase {
    /**
     * Verifies the webhook with the gateway's plugin and has the engine inquire its transactions at once (the
     * inquiry, not the webhook, decides their status).
     *
     * @return how many fulfillments were brought forward
     * @throws WebhookRejectedException when the signature does not hold (nothing changes)
     * @throws io.payout.application.NotFoundException when no such gateway runs here
     */
    int handle(String gatewayId, Map<String, List<String>> headers, byte[] body);
}
