package io.payout.adapters.persistence;

import io.payout.application.callback.WebhookSecrets;
import java.time.Instant;

/** A merchant's signing secrets as {@code merchants} holds them: the previous one signs while now < its until time. */
record WebhookSecretsRow(String webhookSecret, String previousWebhookSecret, Instant previousWebhookSecretUntil) {
    WebhookSecrets at(Instant now) {
        boolean overlap = previousWebhookSecret != null && previousWebhookSecretUntil != null
                && now.isBefore(previousWebhookSecretUntil);
        return new WebhookSecrets(webhookSecret, overlap ? previousWebhookSecret : null);
    }
}
