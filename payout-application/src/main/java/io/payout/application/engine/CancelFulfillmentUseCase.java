package io.payout.application.engine;

import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.MerchantId;

/** Cancels a fulfillment that no gateway has been asked to pay yet. */
public interface CancelFulfillmentUseCase {
    /**
     * @throws io.payout.application.NotFoundException no such fulfillment for this merchant
     * @throws io.payout.application.ConflictException it was already sent to a gateway, or already ended
     */
    Fulfillment cancel(MerchantId merchantId, FulfillmentId fulfillmentId);
}
