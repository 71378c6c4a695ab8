package io.payout.application.merchant;

import io.payout.domain.MerchantId;
import java.time.Instant;

/** A merchant as an operator lists it. */
public record MerchantSummary(MerchantId merchantId, Instant createdAt, int activeApiKeys) {
}
