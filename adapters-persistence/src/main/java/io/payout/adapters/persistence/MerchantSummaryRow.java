package io.payout.adapters.persistence;

import io.payout.application.merchant.MerchantSummary;
import io.payout.domain.MerchantId;
import java.time.Instant;

/** A merchant with the number of its keys that work, as {@link MerchantDao#listMerchants} selects it. */
record MerchantSummaryRow(String merchantId, Instant createdAt, int activeApiKeys) {
    MerchantSummary toMerchantSummary() {
        return new MerchantSummary(new MerchantId(merchantId), createdAt, activeApiKeys);
    }
}
