package io.payout.adapters.rest.limit;

import io.payout.adapters.rest.auth.MerchantPrincipal;
import io.payout.adapters.rest.error.ErrorCode;
import io.payout.adapters.rest.error.ErrorEnvelope;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.math.BigDecimal;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@link MerchantRateLimiter} to every request the API key filter has authenticated (it runs after
 * authentication, so a request that fails it is never counted against a merchant; endpoints without an API key are
 * not limited). Over the limit: 429 E10 with {@code Retry-After} in whole seconds, at least 1.
 */
@Priority(Priorities.AUTHORIZATION)
public class RateLimitFilter implements ContainerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final int TOO_MANY_REQUESTS = 429;
    private final MerchantRateLimiter limiter;

    public RateLimitFilter(MerchantRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof MerchantPrincipal merchant)) {
            return;
        }
        Duration wait = limiter.acquire(merchant.merchantId());
        if (wait.isZero()) {
            return;
        }
        long seconds = retryAfterSeconds(wait);
        LOG.debug("rate limited: merchant={} retryAfter={}s", merchant.merchantId(), seconds);
        RateLimitSettings settings = limiter.settings();
        request.abortWith(ErrorEnvelope.response(TOO_MANY_REQUESTS, ErrorCode.E10, "too many requests: at most "
                        + BigDecimal.valueOf(settings.requestsPerSecond()).stripTrailingZeros().toPlainString()
                        + " per second, in bursts of up to " + settings.burst() + "; retry after " + seconds + " s")
                .header(HttpHeaders.RETRY_AFTER, seconds).build());
    }

    /** Whole seconds, rounded up, at least 1. */
    static long retryAfterSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
