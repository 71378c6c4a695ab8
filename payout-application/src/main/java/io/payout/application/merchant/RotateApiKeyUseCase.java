package io.payout.application.merchant;

import io.payout.domain.MerchantId;

/** Issues a new API key; the merchant's older keys keep working for a grace period, then stop. */
public interface RotateApiKeyUseCase {
    /** @throws io.payout.application.NotFoundException if there is no such merchant */
    RotatedApiKey rotateApiKey(MerchantId merchantId);
}
