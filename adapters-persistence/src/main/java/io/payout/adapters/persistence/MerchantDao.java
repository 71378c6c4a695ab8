package io.payout.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL on {@code merchants} and {@code api_keys}. A key works at {@code now} while {@code now < expires_at}. */
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

    @SqlQuery("SELECT m.merchant_id, m.created_at, COUNT(k.key_hash) AS active_api_keys FROM merchants m "
            + "LEFT JOIN api_keys k ON k.merchant_id = m.merchant_id AND (k.expires_at IS NULL OR k.expires_at > :now) "
            + "GROUP BY m.merchant_id, m.created_at")
    @RegisterConstructorMapper(MerchantSummaryRow.class)
    List<MerchantSummaryRow> listMerchants(Instant now);
}
