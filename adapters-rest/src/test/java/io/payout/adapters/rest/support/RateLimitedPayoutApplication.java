package io.payout.adapters.rest.support;

import io.payout.adapters.rest.limit.RateLimitSettings;

/** The API with a tight rate limit: one request every 2 seconds on average, bursts of 3, on the test clock. */
public class RateLimitedPayoutApplication extends TestPayoutApplication {
    public static final RateLimitSettings TIGHT = new RateLimitSettings(true, 0.5, 3);

    @Override
    protected RateLimitSettings rateLimit() {
        return TIGHT;
    }
}
