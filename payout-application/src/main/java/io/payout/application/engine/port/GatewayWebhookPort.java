package io.payout.application.engine.port;

import io.payout.domain.TransactionRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Has a gateway's plugin check a webhook the gateway sent us. */
public interface GatewayWebhookPort {
    /**
     * The references (ours) a correctly signed webhook is about; empty when the signature does not hold or the body
     * cannot be read. Header names are lower case.
     *
     * @throws io.payout.application.NotFoundException when no such gateway runs here
     */
    Optional<List<TransactionRef>> verifyWebhook(String gatewayId, Map<String, List<String>> headers, byte[] body);
}
