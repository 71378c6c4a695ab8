package io.payout.adapters.persistence;

import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.callback.WebhookSubscription;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A merchant's callback configuration as the {@code webhook_*} columns of {@code merchants} hold it (all null: none).
 * {@code webhookLabels} names the wanted labels comma-separated, or is null when every label is wanted. Public only
 * because JDBI binds the accessors of public types alone; not part of this adapter's API.
 */
public record MerchantWebhookRow(String webhookUrl, String webhookUsername, String webhookPassword,
                                 String webhookCustomHeader, String webhookLabels) {
    static final MerchantWebhookRow NONE = new MerchantWebhookRow(null, null, null, null, null);
    private static final Set<EventLabel> EVERY_LABEL = EnumSet.allOf(EventLabel.class);

    static MerchantWebhookRow of(WebhookSubscription subscription) {
        if (subscription == null) {
            return NONE;
        }
        WebhookTarget t = subscription.target();
        return new MerchantWebhookRow(t.url(), t.username(), t.password(), t.customHeader(),
                labels(subscription.labels()));
    }

    /** The subscription, or null when no URL is set. */
    WebhookSubscription toSubscription() {
        if (webhookUrl == null) {
            return null;
        }
        return new WebhookSubscription(
                new WebhookTarget(webhookUrl, webhookUsername, webhookPassword, webhookCustomHeader), labels());
    }

    private static String labels(Set<EventLabel> labels) {
        if (labels.containsAll(EVERY_LABEL)) {
            return null;
        }
        return EnumSet.copyOf(labels).stream().map(EventLabel::name).collect(Collectors.joining(","));
    }

    private Set<EventLabel> labels() {
        if (webhookLabels == null || webhookLabels.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(webhookLabels.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .map(EventLabel::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
