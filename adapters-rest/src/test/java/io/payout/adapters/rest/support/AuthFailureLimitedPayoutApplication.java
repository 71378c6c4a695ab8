package io.payout.adapters.rest.support;

import io.payout.adapters.rest.limit.AuthFailureLimitSettings;
import io.payout.adapters.rest.limit.TrustedProxies;
import java.time.Duration;
import java.util.List;

/**
 * The API with a tight failed-authentication limit on the test clock: 3 failures per client, one forgiven every
 * 2 seconds, at most 100 clients counted; the test's own address (127.0.0.1) is a trusted proxy, so a test names the
 * client it plays with {@code X-Forwarded-For}.
 */
public class AuthFailureLimitedPayoutApplication extends TestPayoutApplication {
    public static final AuthFailureLimitSettings TIGHT = new AuthFailureLimitSettings(true, 3, Duration.ofSeconds(6), 100,
            TrustedProxies.parse(List.of("127.0.0.1")));

    @Override
    protected AuthFailureLimitSettings authFailureLimit() {
        return TIGHT;
    }
}
