package io.payout.application.collection;

import java.util.List;
import java.util.Map;

/** A collection provider's payment webhook: a hint that one of our collection orders changed. */
public interface HandleCollectionWebhookUseCase {
    /**
     * Verifies it, and makes the payments it names due at once (they are then confirmed with the provider's
     * server-to-server status before anything else happens). Duplicates are harmless.
     *
     * @return how many open payments it named
     * @throws io.payout.application.engine.WebhookRejectedException if it is not authentic (nothing changes)
     */
    int handle(String provider, Map<String, List<String>> headers, byte[] body);
}
