package io.payout.application.callback.port;

import io.payout.application.callback.PendingCallback;
import io.payout.application.callback.SendResult;
import io.payout.application.callback.WebhookSecrets;
import java.util.concurrent.CompletableFuture;

/**
 * Posts one callback to its target: Juspay's body ({@code id, label, value, category, info} plus {@code sequence}
 * and {@code occurredAt}), HTTP Basic when the target has a username, its custom headers, and the Standard
 * Webhooks headers signed with {@code secrets}. Never throws: every failure completes the future with a result.
 */
public interface SendCallbackPort {
    CompletableFuture<SendResult> send(PendingCallback callback, WebhookSecrets secrets);
}
