package io.payout.application.merchant;

import io.payout.domain.MerchantId;

/** What a new merchant is told once: its API key and webhook secret. Never stored in this form. */
public record MerchantCredentials(MerchantId merchantId, String apiKey, String webhookSecret) {
    @Override
    public String toString() {
        return "MerchantCredentials[merchantId=" + merchantId + ", apiKey=***, webhookSecret=***]";
    }
}
