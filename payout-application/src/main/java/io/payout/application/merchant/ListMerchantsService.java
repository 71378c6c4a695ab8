package io.payout.application.merchant;

import io.payout.application.merchant.port.LoadMerchantPort;
import java.time.Clock;
import java.util.List;

/** Lists merchants, counting the keys that have not expired. */
public class ListMerchantsService implements ListMerchantsQuery {
    private final LoadMerchantPort loadMerchantPort;
    private final Clock clock;

    public ListMerchantsService(LoadMerchantPort loadMerchantPort, Clock clock) {
        this.loadMerchantPort = loadMerchantPort;
        this.clock = clock;
    }

    @Override
    public List<MerchantSummary> listMerchants() {
        return loadMerchantPort.listMerchants(clock.instant());
    }
}
