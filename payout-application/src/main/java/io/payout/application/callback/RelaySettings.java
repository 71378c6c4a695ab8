package io.payout.application.callback;

import java.time.Duration;
import java.util.Objects;

/**
 * How the relay delivers: {@code batchSize} callbacks claimed at most per round, {@code maxInFlight} posts at once in
 * this instance, {@code maxPerEndpoint} of them to one URL, a claim held for {@code lease} (longer than a post's
 * timeout), and a claimed callback whose URL is busy given back for {@code busyDelay}.
 */
public record RelaySettings(int batchSize, int maxInFlight, int maxPerEndpoint, Duration lease, Duration busyDelay) {
    public RelaySettings {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(busyDelay, "busyDelay");
        if (batchSize < 1 || maxInFlight < 1 || maxPerEndpoint < 1) {
            throw new IllegalArgumentException("batchSize, maxInFlight and maxPerEndpoint must be positive");
        }
    }
}
