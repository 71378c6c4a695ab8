package io.payout.application.engine;

import io.payout.application.engine.port.GatewayWebhookPort;
import io.payout.application.engine.port.HurryPort;
import io.payout.domain.TransactionRef;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Verified webhooks make their transactions due for an inquiry now; unverified ones change nothing. */
public class HandleGatewayWebhookService implements HandleGatewayWebhookUseCase {
    private final GatewayWebhookPort gateways;
    private final HurryPort hurry;
    private final Clock clock;

    public HandleGatewayWebhookService(GatewayWebhookPort gateways, HurryPort hurry, Clock clock) {
        this.gateways = gateways;
        this.hurry = hurry;
        this.clock = clock;
    }

    @Override
    public int handle(String gatewayId, Map<String, List<String>> headers, byte[] body) {
        List<TransactionRef> refs = gateways.verifyWebhook(gatewayId, headers, body)
                .orElseThrow(() -> new WebhookRejectedException("the webhook's signature does not hold"));
        return refs.isEmpty() ? 0 : hurry.makeDueNow(refs, clock.instant());
    }
}
