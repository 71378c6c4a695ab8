package io.payout.domain.callback;

import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A merchant's callback configuration: where its callbacks go, and which labels it wants (all when empty). */
public record WebhookSubscription(WebhookTarget target, Set<EventLabel> labels) {
    public WebhookSubscription {
        Objects.requireNonNull(target, "target");
        labels = labels == null || labels.isEmpty() ? Set.copyOf(EnumSet.allOf(EventLabel.class)) : Set.copyOf(labels);
    }

    public boolean wants(EventLabel label) {
        return labels.contains(label);
    }
}
