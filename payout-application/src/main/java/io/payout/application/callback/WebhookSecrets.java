package io.payout.application.callback;

import java.util.List;
import java.util.Objects;

/**
 * The secrets a merchant's callbacks are signed with: the current one, and during a rotation's overlap window the
 * previous one as well ({@code previous} null otherwise). Never logged.
 */
public record WebhookSecrets(String current, String previous) {
    public WebhookSecrets {
        Objects.requireNonNull(current, "current");
    }

    /** Newest first: each gives one {@code v1,...} entry of the {@code webhook-signature} header. */
    public List<String> all() {
        return previous == null ? List.of(current) : List.of(current, previous);
    }

    @Override
    public String toString() {
        return "WebhookSecrets[***]";
    }
}
