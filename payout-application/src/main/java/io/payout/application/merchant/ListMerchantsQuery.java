package io.payout.application.merchant;

import java.util.List;

/** Every merchant, with how many of its keys work now. */
public interface ListMerchantsQuery {
    List<MerchantSummary> listMerchants();
}
