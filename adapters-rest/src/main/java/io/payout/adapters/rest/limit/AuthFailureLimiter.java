package io.payout.adapters.rest.limit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed authentications per client, in this instance's memory ({@link AuthFailureLimitSettings}): a
 * {@link TokenBucket} of failures per client that has failed lately; a client whose bucket is empty is blocked until
 * it holds one failure again. Successful requests are never counted.
 *
 * <p>Memory is bounded: a client whose bucket has refilled is forgotten (it holds nothing a new bucket would not) at
 * the next sweep, every {@code per}; at most {@code maxClients} clients are kept. When that many are still failing, a
 * sweep runs at once (at most once per {@code per / maxFailures}), and if it frees nothing the failures of new clients
 * go uncounted (logged at WARN once per {@code per}): clients already counted, blocked ones included, are never pushed
 * out by a flood of new addresses.
 */
public final class AuthFailureLimiter {
    private static final Logger LOG = LoggerFactory.getLogger(AuthFailureLimiter.class);

    /** A blocked client: how long until it may try again, and whether this is its first refusal of the window. */
    public record Block(Duration retryAfter, boolean firstOfWindow) {
    }

    private static final class Client {
        private final TokenBucket failures;
        private Instant warnedAt;

        Client(RateLimitSettings bucket, Instant now) {
            this.failures = new TokenBucket(bucket, now);
        }

        synchronized boolean warnDue(Instant now, Duration window) {
            if (warnedAt != null && now.isBefore(warnedAt.plus(window)) && !now.isBefore(warnedAt)) {
                return false;
            }
            warnedAt = now;
            return true;
        }
    }

    private final AuthFailureLimitSettings settings;
    private final RateLimitSettings bucket;
    private final Clock clock;
    private final ConcurrentMap<String, Client> clients = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastSweep;
    private final AtomicReference<Instant> fullWarnedAt = new AtomicReference<>();

    public AuthFailureLimiter(AuthFailureLimitSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.bucket = settings.bucket();
        this.lastSweep = new AtomicReference<>(clock.instant());
    }

    public AuthFailureLimitSettings settings() {
        return settings;
    }

    /** Whether the client is blocked now (never, when the limit is off). Counts nothing. */
    public Optional<Block> check(String client) {
        Client counted = settings.enabled() ? clients.get(client) : null;
        if (counted == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Duration wait = counted.failures.untilToken(now);
        return wait.isZero() ? Optional.empty() : Optional.of(new Block(wait, counted.warnDue(now, settings.per())));
    }

    /** Counts a failed authentication of the client; false if it could not be (the limit is off, or no room). */
    public boolean recordFailure(String client) {
        if (!settings.enabled()) {
            return false;
        }
        Instant now = clock.instant();
        sweepIfDue(now, settings.per());
        if (!clients.containsKey(client) && clients.size() >= settings.maxClients()) {
            sweepIfDue(now, settings.perFailure());
            if (clients.size() >= settings.maxClients()) {
                warnFull(now);
                return false;
            }
        }
        clients.compute(client, (key, counted) -> {
            Client failing = counted == null ? new Client(bucket, now) : counted;
            failing.failures.take(now);
            return failing;
        });
        return true;
    }

    /** How many clients are counted now. */
    public int trackedClients() {
        return clients.size();
    }

    private void sweepIfDue(Instant now, Duration gap) {
        Instant last = lastSweep.get();
        boolean due = !now.isBefore(last.plus(gap)) || now.isBefore(last);
        if (due && lastSweep.compareAndSet(last, now)) {
            for (String key : clients.keySet()) {
                clients.computeIfPresent(key, (k, counted) -> counted.failures.isFull(now) ? null : counted);
            }
        }
    }

    private void warnFull(Instant now) {
        Instant last = fullWarnedAt.get();
        if ((last == null || !now.isBefore(last.plus(settings.per()))) && fullWarnedAt.compareAndSet(last, now)) {
            LOG.warn("failed-authentication limit: {} clients are failing at once (authFailureLimit.maxClients); "
                    + "failures of other clients are not counted until some stop", settings.maxClients());
        }
    }
}
