package io.payout.application.merchant;

import io.payout.domain.MerchantId;

/** Registers a merchant with a first API key and a webhook secret. */
public interface CreateMerchantUseCase {
    /** @throws io.payout.application.ConflictException if the merchant exists */
    MerchantCredentials createMerchant(MerchantId merchantId);
}
