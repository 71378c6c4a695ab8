package io.payout.application.merchant.port;

import io.payout.domain.Merchant;
import io.payout.domain.MerchantId;
import java.time.Instant;

/** Writes merchants and their keys. */
public interface SaveMerchantPort {
    /** Stores a merchant with its first key, in one transaction; false (nothing written) if it exists. */
    boolean insertMerchant(Merchant merchant, String apiKeyHash, String webhookSecret);

    /**
     * In one transaction: sets every key of the merchant that would work past {@code oldKeysExpireAt} to expire
     * then, and adds the new key. False (nothing written) if there is no such merchant.
     */
    boolean rotateApiKey(MerchantId merchantId, String newKeyHash, Instant now, Instant oldKeysExpireAt);
}
