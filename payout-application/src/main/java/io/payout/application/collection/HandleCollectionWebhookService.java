package io.payout.application.collection;

import io.payout.application.collection.port.CollectionProviderPort;
import io.payout.application.collection.port.CollectionWorkPort;
import io.payout.application.collection.port.SandboxCollectionPort;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A provider's payment webhook makes the payments it names due at once; the stepper then asks the provider. */
public class HandleCollectionWebhookService implements HandleCollectionWebhookUseCase, PaySandboxCollectionUseCase {
    private static final Logger LOG = Logger.getLogger(HandleCollectionWebhookService.class.getName());
    private static final String SANDBOX = "SANDBOX";
    private final CollectionProviderPort providers;
    private final SandboxCollectionPort sandbox;
    private final CollectionWorkPort work;
    private final Runnable wakePump;
    private final Clock clock;

    public HandleCollectionWebhookService(CollectionProviderPort providers,
                                          SandboxCollectionPort sandbox,
                                          CollectionWorkPort work, Runnable wakePump, Clock clock) {
        this.providers = providers;
        this.sandbox = sandbox;
        this.work = work;
        this.wakePump = wakePump;
        this.clock = clock;
    }

    @Override
    public int handle(String provider, Map<String, List<String>> headers, byte[] body) {
        List<String> ids = providers.verifyWebhook(provider, headers, body);
        int open = hurry(provider, ids);
        LOG.log(Level.INFO, "{0} webhook named {1} collection orders, {2} of them open", new Object[] {provider,
                ids.size(), open});
        return open;
    }

    @Override
    public boolean pay(String providerOrderId) {
        if (!sandbox.markPaid(providerOrderId)) {
            return false;
        }
        hurry(SANDBOX, List.of(providerOrderId));
        return true;
    }

    private int hurry(String provider, List<String> ids) {
        int open = 0;
        for (String id : ids) {
            if (work.makePaymentDueNow(provider, id, clock.instant())) {
                open++;
            }
        }
        if (open > 0) {
            wakePump.run();
        }
        return open;
    }
}
