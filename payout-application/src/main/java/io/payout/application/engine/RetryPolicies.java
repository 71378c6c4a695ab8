package io.payout.application.engine;

import io.payout.domain.MerchantId;
import io.payout.domain.attempt.RetryPolicy;
import java.util.Map;

/** Each merchant's default retry policy (from configuration), and the service-wide default. */
public class RetryPolicies {
    private final RetryPolicy serviceDefault;
    private final Map<MerchantId, RetryPolicy> merchantDefaults;

    public RetryPolicies(RetryPolicy serviceDefault, Map<MerchantId, RetryPolicy> merchantDefaults) {
        this.serviceDefault = serviceDefault;
        this.merchantDefaults = Map.copyOf(merchantDefaults);
    }

    /** The order's own policy if it has one, else its merchant's, else the service's. */
    public RetryPolicy forOrder(MerchantId merchantId, RetryPolicy orderPolicy) {
        return orderPolicy != null ? orderPolicy : merchantDefaults.getOrDefault(merchantId, serviceDefault);
    }
}
