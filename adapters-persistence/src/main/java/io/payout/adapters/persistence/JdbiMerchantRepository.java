package io.payout.adapters.persistence;

import io.payout.application.callback.WebhookSecrets;
import io.payout.application.callback.port.LoadMerchantWebhookPort;
import io.payout.application.callback.port.SaveMerchantWebhookPort;
import io.payout.application.merchant.MerchantSummary;
import io.payout.application.merchant.StoredApiKey;
import io.payout.application.merchant.port.LoadMerchantPort;
import io.payout.application.merchant.port.SaveMerchantPort;
import io.payout.domain.Merchant;
import io.payout.domain.MerchantId;
import io.payout.domain.callback.WebhookSubscription;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Merchants with their callback configuration and signing secrets, and the hashes of their API keys, in
 * {@code merchants} and {@code api_keys}.
 */
public class JdbiMerchantRepository implements LoadMerchantPort, SaveMerchantPort, LoadMerchantWebhookPort,
        SaveMerchantWebhookPort {
    private final Jdbi jdbi;

    public JdbiMerchantRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<StoredApiKey> findApiKey(String keyHash) {
        return jdbi.withExtension(MerchantDao.class, dao -> dao.findApiKey(keyHash)).map(ApiKeyRow::toStoredApiKey);
    }

    @Override
    public boolean merchantExists(MerchantId merchantId) {
        return jdbi.withExtension(MerchantDao.class, dao -> dao.countMerchants(merchantId.value()) > 0);
    }

    /** Sorted here rather than in SQL, so that the order is Java's string order whatever the database's collation. */
    @Override
    public List<MerchantSummary> listMerchants(Instant now) {
        return jdbi.withExtension(MerchantDao.class, dao -> dao.listMerchants(now)).stream()
                .sorted(Comparator.comparing(MerchantSummaryRow::merchantId))
                .map(MerchantSummaryRow::toMerchantSummary)
                .toList();
    }

    @Override
    public boolean insertMerchant(Merchant merchant, String apiKeyHash, String webhookSecret) {
        String merchantId = merchant.id().value();
        try {
            jdbi.useTransaction(handle -> {
                MerchantDao dao = handle.attach(MerchantDao.class);
                dao.insertMerchant(merchantId, webhookSecret, merchant.createdAt());
                dao.insertApiKey(apiKeyHash, merchantId, merchant.createdAt());
            });
            return true;
        } catch (JdbiException e) {
            if (UniqueViolation.isCauseOf(e) && merchantExists(merchant.id())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean rotateApiKey(MerchantId merchantId, String newKeyHash, Instant now, Instant oldKeysExpireAt) {
        return jdbi.inTransaction(handle -> {
            MerchantDao dao = handle.attach(MerchantDao.class);
            if (dao.lockMerchant(merchantId.value()).isEmpty()) {
                return false;
            }
            dao.expireKeysNoLaterThan(merchantId.value(), oldKeysExpireAt);
            dao.insertApiKey(newKeyHash, merchantId.value(), now);
            return true;
        });
    }

    @Override
    public Optional<WebhookSubscription> subscription(MerchantId merchantId) {
        return jdbi.withExtension(MerchantDao.class, dao -> dao.findWebhook(merchantId.value()))
                .map(MerchantWebhookRow::toSubscription);
    }

    @Override
    public Optional<WebhookSecrets> secrets(MerchantId merchantId, Instant now) {
        return jdbi.withExtension(MerchantDao.class, dao -> dao.findWebhookSecrets(merchantId.value()))
                .map(row -> row.at(now));
    }

    /** With null, clears every {@code webhook_*} column. */
    @Override
    public boolean saveSubscription(MerchantId merchantId, WebhookSubscription subscription) {
        MerchantWebhookRow row = MerchantWebhookRow.of(subscription);
        return jdbi.withExtension(MerchantDao.class, dao -> dao.updateWebhook(merchantId.value(), row)) > 0;
    }

    @Override
    public boolean rotateSecret(MerchantId merchantId, String newSecret, Instant previousValidUntil) {
        return jdbi.withExtension(MerchantDao.class,
                dao -> dao.rotateWebhookSecret(merchantId.value(), newSecret, previousValidUntil)) > 0;
    }
}
