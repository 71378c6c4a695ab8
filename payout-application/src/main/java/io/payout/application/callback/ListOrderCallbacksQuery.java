package io.payout.application.callback;

import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import java.util.List;

/** The delivery log of one order: every callback with its attempts. */
public interface ListOrderCallbacksQuery {
    /** @throws io.payout.application.NotFoundException if the merchant has no such order */
    List<CallbackRecord> callbacksOf(MerchantId merchantId, MerchantOrderId merchantOrderId);
}
