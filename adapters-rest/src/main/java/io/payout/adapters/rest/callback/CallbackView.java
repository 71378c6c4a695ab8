package io.payout.adapters.rest.callback;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One callback in the delivery log: what it reports, where it goes (the URL only, never credentials), its state and
 * every attempt, oldest first. Times are UTC to the second, as the status API writes them; null fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallbackView(String id, long sequence, String label, String value, String entityId, String url,
                           String status, String createdAt, String nextAttemptAt, String deliveredAt,
                           List<Attempt> attempts) {
    /** One post: when, how long it took, and the HTTP status or the error. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attempt(String at, long durationMs, Integer httpStatus, String error) {
    }
}
