package io.payout.application.callback;

import io.payout.domain.callback.CallbackEvent;
import io.payout.domain.callback.CallbackStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A callback as the delivery log shows it: what it reports, where it goes ({@code url} only: credentials are
 * never shown), its state, and every attempt, oldest first.
 */
public record CallbackRecord(String id, long sequence, CallbackEvent event, String url, CallbackStatus status,
                             Instant createdAt, Instant nextAttemptAt, Instant deliveredAt,
                             List<DeliveryAttempt> attempts) {
    public CallbackRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        attempts = List.copyOf(attempts);
    }
}
