package io.payout.application.merchant;

import io.payout.application.merchant.port.LoadMerchantPort;
import io.payout.domain.MerchantId;
import java.time.Clock;
import java.util.Optional;

/** Looks a key up by its hash and accepts it unless it has expired. */
public class AuthenticateMerchantService implements AuthenticateMerchantUseCase {
    /** Keys we issue are 64 characters; anything much longer is not worth hashing. */
    private static final int MAX_KEY_LENGTH = 256;
    private final LoadMerchantPort loadMerchantPort;
    private final Clock clock;

    public AuthenticateMerchantService(LoadMerchantPort loadMerchantPort, Clock clock) {
        this.loadMerchantPort = loadMerchantPort;
        this.clock = clock;
    }

    @Override
    public Optional<MerchantId> authenticate(String apiKey) {
        if (apiKey == null || apiKey.isEmpty() || apiKey.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        String hash = ApiKeys.hash(apiKey);
        return loadMerchantPort.findApiKey(hash)
                .filter(key -> ApiKeys.sameHash(key.keyHash(), hash))
                .filter(key -> key.worksAt(clock.instant()))
                .map(StoredApiKey::merchantId);
    }
}
