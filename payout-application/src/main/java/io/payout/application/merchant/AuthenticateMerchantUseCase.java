package io.payout.application.merchant;

import io.payout.domain.MerchantId;
import java.util.Optional;

/** Tells which merchant an API key belongs to, if it is a key that works now. */
public interface AuthenticateMerchantUseCase {
    Optional<MerchantId> authenticate(String apiKey);
}
