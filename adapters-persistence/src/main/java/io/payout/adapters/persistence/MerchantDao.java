package io.payout.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * SQL on {@code merchants} (with their callback configuration and signing secrets) and {@code api_keys}. A key works
 * at {@code now} while {@code now < expires_at}.
 */
interface MerchantDao {
    @SqlUpdate("INSERT INTO merchants (merchant_id, webhook_secret, created_at) "
            + "VALUES (:merchantId, :webhookSecret, :createdAt)")
    void insertMerchant(String merchantId, String webhookSecret, Instant createdAt);

    @SqlUpdate("INSERT INTO api_keys (key_hash, merchant_id, created_at, expires_at) "
            + "VALUES (:keyHash, :merchantId, :createdAt, NULL)")
    void insertApiKey(String keyHash, String merchantId, Instant createdAt);

    @SqlQuery("SELECT key_hash, merchant_id, created_at, expires_at FROM api_keys WHERE key_hash = :keyHash")
    @RegisterConstructorMapper(ApiKeyRow.class)
    Optional<ApiKeyRow> findApiKey(String keyHash);

    @SqlQuery("SELECT COUNT(*) FROM merchants WHERE merchant_id = :merchantId")
    int countMerchants(String merchantId);

    /** Locks the merchant's row, so that rotations of its keys happen one after the other. */
    @SqlQuery("SELECT merchant_id FROM merchants WHERE merchant_id = :merchantId FOR UPDATE")
    Optional<String> lockMerchant(String merchantId);

    @SqlUpdate("UPDATE api_keys SET expires_at = :expiresAt WHERE merchant_id = :merchantId "
            + "AND (expires_at IS NULL OR expires_at > :expiresAt)")
    int expireKeysNoLaterThan(String merchantId, Instant expiresAt);

    /** The merchant's callback configuration, if it has a URL. */
    @SqlQuery("SELECT webhook_url, webhook_username, webhook_password, webhook_custom_header, webhook_labels "
            + "FROM merchants WHERE merchant_id = :merchantId AND webhook_url IS NOT NULL")
    @RegisterConstructorMapper(MerchantWebhookRow.class)
    Optional<MerchantWebhookRow> findWebhook(String merchantId);

    @SqlUpdate("UPDATE merchants SET webhook_url = :webhookUrl, webhook_username = :webhookUsername, "
            + "webhook_password = :webhookPassword, webhook_custom_header = :webhookCustomHeader, "
            + "webhook_labels = :webhookLabels WHERE merchant_id = :merchantId")
    int updateWebhook(String merchantId, @BindMethods MerchantWebhookRow row);

    @SqlQuery("SELECT webhook_secret, previous_webhook_secret, previous_webhook_secret_until FROM merchants "
            + "WHERE merchant_id = :merchantId")
    @RegisterConstructorMapper(WebhookSecretsRow.class)
    Optional<WebhookSecretsRow> findWebhookSecrets(String merchantId);

    /** The current secret becomes the previous one (right-hand sides see the row as it was). */
    @SqlUpdate("UPDATE merchants SET previous_webhook_secret = webhook_secret, "
            + "previous_webhook_secret_until = :previousUntil, webhook_secret = :newSecret "
            + "WHERE merchant_id = :merchantId")
    int rotateWebhookSecret(String merchantId, String newSecret, Instant previousUntil);

    @SqlQuery("SELECT m.merchant_id, m.created_at, COUNT(k.key_hash) AS active_api_keys FROM merchants m "
            + "LEFT JOIN api_keys k ON k.merchant_id = m.merchant_id AND (k.expires_at IS NULL OR k.expires_at > :now) "
            + "GROUP BY m.merchant_id, m.created_at")
    @RegisterConstructorMapper(MerchantSummaryRow.class)
    List<MerchantSummaryRow> listMerchants(Instant now);
}
