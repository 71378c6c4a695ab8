package io.payout.adapters.rest.limit;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import io.payout.adapters.rest.error.ErrorCode;
import io.payout.adapters.rest.error.ErrorEnvelope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The failed-authentication limit where the API key is checked: a request from a blocked client is answered 429 E10
 * with {@code Retry-After} before its key is looked at (a valid key included, or the limit would tell a guesser
 * which key is right), and a refused key (401 E02) counts against its client. Each blocked client is logged at WARN
 * once per window, with its address and never the key. Metrics: {@value #FAILURES} (keys refused),
 * {@value #BLOCKED} (requests refused as their client was blocked), {@value #CLIENTS} (clients counted now).
 */
public final class AuthFailureGuard {
    static final String FAILURES = "payout.api.auth.failures.total";
    static final String BLOCKED = "payout.api.auth.blocked.total";
    static final String CLIENTS = "payout.api.auth.failing.clients";
    private static final Logger LOG = LoggerFactory.getLogger(AuthFailureGuard.class);
    private static final int TOO_MANY_REQUESTS = 429;
    private final AuthFailureLimiter limiter;
    private final ClientAddresses addresses;
    private final Counter failures;
    private final Counter blocked;

    public AuthFailureGuard(AuthFailureLimiter limiter, MetricRegistry metrics) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.addresses = new ClientAddresses(limiter.settings().trustedProxies());
        this.failures = metrics.counter(FAILURES);
        this.blocked = metrics.counter(BLOCKED);
        metrics.gauge(CLIENTS, () -> (Gauge<Integer>) limiter::trackedClients);
    }

    /** The client the request comes from, as the limit counts it ({@code unknown} outside a servlet container). */
    public String client(HttpServletRequest request) {
        if (request == null) {
            return "unknown";
        }
        return addresses.of(request.getRemoteAddr(),
                Collections.list(request.getHeaders(ClientAddresses.FORWARDED_FOR)));
    }

    /** 429 E10 with Retry-After if the client is blocked; empty if its request may go on. */
    public Optional<Response> refusal(String client) {
        Optional<AuthFailureLimiter.Block> block = limiter.check(client);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        blocked.inc();
        long seconds = RateLimitFilter.retryAfterSeconds(block.get().retryAfter());
        AuthFailureLimitSettings settings = limiter.settings();
        if (block.get().firstOfWindow()) {
            LOG.warn("refusing requests from client {}: over the limit of {} failed authentications per {}; retry after"
                            + " {} s (its further refusals within {} are not logged)", client,
                    settings.maxFailures(), human(settings.per()), seconds, human(settings.per()));
        }
        return Optional.of(ErrorEnvelope.response(TOO_MANY_REQUESTS, ErrorCode.E10,
                        "too many failed authentications from your address: at most " + settings.maxFailures()
                                + " per " + human(settings.per()) + "; retry after " + seconds + " s")
                .header(HttpHeaders.RETRY_AFTER, seconds).build());
    }

    /** Counts a refused key against its client. */
    public void failed(String client) {
        failures.inc();
        limiter.recordFailure(client);
    }

    /** {@code 1 minute}, {@code 30 seconds}, {@code 1500 ms}. */
    static String human(Duration duration) {
        if (duration.toMillis() % 1000 != 0) {
            return duration.toMillis() + " ms";
        }
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0) {
            return plural(seconds / 3600, "hour");
        }
        return seconds % 60 == 0 ? plural(seconds / 60, "minute") : plural(seconds, "second");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
