package io.payout.application.merchant.port;

import io.payout.application.merchant.MerchantSummary;
import io.payout.application.merchant.StoredApiKey;
import io.payout.domain.MerchantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads merchants and their keys. */
public interface LoadMerchantPort {
    Optional<StoredApiKey> findApiKey(String keyHash);

    boolean merchantExists(MerchantId merchantId);

    /** Every merchant, ordered by id, counting keys that work at {@code now}. */
    List<MerchantSummary> listMerchants(Instant now);
}
