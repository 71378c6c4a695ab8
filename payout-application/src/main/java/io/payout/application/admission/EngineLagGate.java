package io.payout.application.admission;

import io.payout.application.admission.port.OldestDueOrderPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Admission control on order creation. A loop calls {@link #sample()} every few hundred milliseconds: it reads when
 * the oldest due order nobody works on became due; the engine's lag is how long ago that was (0 when nothing waits).
 * While the lag is over {@code maxEngineLag} new orders are refused; requests only read the last decision
 * ({@link #admitsNewOrders()}), never the database. A sample older than {@code maxSampleAge} (sampling fails, say
 * PostgreSQL is down, or the loop stalls) is not trusted: creates are admitted rather than refused on what may no
 * longer be true. Each switch between admitting and refusing is logged once.
 */
public class EngineLagGate {
    private static final Logger LOG = Logger.getLogger(EngineLagGate.class.getName());
    private final OldestDueOrderPort oldestDue;
    private final AdmissionSettings settings;
    private final Clock clock;
    private final LongAdder refusedWhileClosed = new LongAdder();
    private volatile Decision decision = new Decision(Duration.ZERO, null, false);
    private Instant failingSince;
    private Instant closedSince;

    /** The last good sample (its lag, when it was taken: null before the first) and whether it refuses. */
    private record Decision(Duration lag, Instant sampledAt, boolean refusing) {
    }

    public EngineLagGate(OldestDueOrderPort oldestDue, AdmissionSettings settings, Clock clock) {
        this.oldestDue = oldestDue;
        this.settings = settings;
        this.clock = clock;
    }

    /** Samples the lag once and decides (one thread calls this, the sampling loop). Never throws. */
    public void sample() {
        Instant now = clock.instant();
        Decision before = decision;
        Duration lag = before.lag();
        Instant sampledAt = before.sampledAt();
        try {
            lag = oldestDue.oldestDue(now).map(at -> Duration.between(at, now)).filter(d -> !d.isNegative())
                    .orElse(Duration.ZERO);
            sampledAt = now;
            if (failingSince != null) {
                LOG.info("Sampling the engine's lag works again, after failing for " + seconds(failingSince, now));
                failingSince = null;
            }
        } catch (RuntimeException e) {
            if (failingSince == null) {
                failingSince = now;
                LOG.log(Level.WARNING, "Could not sample the engine's lag; creates are decided on the last sample for"
                        + " at most " + settings.maxSampleAge().toSeconds() + " s, then admitted until it works", e);
            }
        }
        boolean fresh = sampledAt != null && !isStale(sampledAt, now);
        boolean refusing = fresh && lag.compareTo(settings.maxEngineLag()) > 0;
        decision = new Decision(lag, sampledAt, refusing);
        if (refusing != before.refusing()) {
            logSwitch(refusing, fresh, lag, now);
        }
    }

    /** Whether a new order may be accepted now. */
    public boolean admitsNewOrders() {
        Decision current = decision;
        return !current.refusing() || isStale(current.sampledAt(), clock.instant());
    }

    /** How long a refused client should wait before it sends the same create again. */
    public Duration retryAfter() {
        return settings.retryAfter();
    }

    /** Counts a create refused (for the log line that ends the refusal). */
    public void refused() {
        refusedWhileClosed.increment();
    }

    /** The lag of the last good sample (0 before the first); kept while sampling fails. */
    public Duration lag() {
        return decision.lag();
    }

    private boolean isStale(Instant sampledAt, Instant now) {
        return now.isAfter(sampledAt.plus(settings.maxSampleAge()));
    }

    private void logSwitch(boolean refusing, boolean fresh, Duration lag, Instant now) {
        if (refusing) {
            closedSince = now;
            LOG.warning("Refusing new orders: the oldest due order has waited " + seconds(lag) + " for the engine,"
                    + " over admission.maxEngineLag " + seconds(settings.maxEngineLag()) + "; creates get 429 E10"
                    + " with Retry-After " + settings.retryAfter().toSeconds() + " s until it is back under");
            return;
        }
        String why = fresh ? "the engine's lag is " + seconds(lag) + ", under admission.maxEngineLag "
                + seconds(settings.maxEngineLag())
                : "the engine's lag could not be sampled for " + settings.maxSampleAge().toSeconds() + " s";
        LOG.info("Accepting new orders again: " + why + "; " + refusedWhileClosed.sumThenReset()
                + " creates were refused in " + seconds(closedSince, now));
    }

    private static String seconds(Instant from, Instant to) {
        return seconds(Duration.between(from, to));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
