package io.payout.application.callback;

import io.payout.domain.MerchantId;

/** Sends one callback again (once, whatever its state), for a merchant that lost or refused it. */
public interface RedeliverCallbackUseCase {
    /**
     * Makes the callback due now; the relay sends it shortly (one attempt, no further retries).
     *
     * @return the callback as it stands after the request
     * @throws io.payout.application.NotFoundException if the merchant has no such callback
     */
    CallbackRecord redeliver(MerchantId merchantId, String callbackId);
}
