package io.payout.app;

import io.payout.application.ConflictException;
import io.payout.application.merchant.CreateMerchantUseCase;
import io.payout.application.merchant.MerchantCredentials;
import io.payout.application.merchant.port.LoadMerchantPort;
import io.payout.domain.MerchantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's demo merchant: created on the first start, its key printed once so that a newcomer can try the
 * README's curl examples. The key is never printed again (only its hash is stored); rotate it to get a new one.
 */
class DemoMerchant {
    private static final Logger LOG = LoggerFactory.getLogger(DemoMerchant.class);
    private final CreateMerchantUseCase createMerchant;
    private final LoadMerchantPort merchants;

    DemoMerchant(CreateMerchantUseCase createMerchant, LoadMerchantPort merchants) {
        this.createMerchant = createMerchant;
        this.merchants = merchants;
    }

    void ensureExists(String merchantId) {
        MerchantId id = new MerchantId(merchantId);
        if (merchants.merchantExists(id)) {
            LOG.info("Demo merchant '{}' exists; its API key was printed when it was created", id);
            return;
        }
        try {
            MerchantCredentials credentials = createMerchant.createMerchant(id);
            LOG.warn("Demo merchant '{}' created. This is shown once. api_key={} webhook_secret={}",
                    id, credentials.apiKey(), credentials.webhookSecret());
        } catch (ConflictException raceWithAnotherInstance) {
            LOG.info("Demo merchant '{}' was created by another instance", id);
        }
    }
}
