package io.payout.app.command;

import io.payout.app.PayoutApplication;
import io.payout.app.PayoutConfiguration;
import io.payout.app.Persistence;
import io.payout.application.callback.RotateWebhookSecretService;
import io.payout.application.callback.RotateWebhookSecretUseCase.RotatedSecret;
import java.io.PrintStream;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code merchants rotate-webhook-secret --merchant-id m1 config.yml}: a new signing secret, printed once; until
 * the overlap ends, callbacks carry a signature with each secret, so receivers can switch without losing any.
 */
class RotateWebhookSecretVerb extends MerchantVerb {
    @Override
    public String name() {
        return "rotate-webhook-secret";
    }

    @Override
    public String description() {
        return "Issue a new webhook signing secret; the old one also signs for callbacks.secretRotationOverlap";
    }

    @Override
    public void configure(Subparser parser) {
        addMerchantIdOption(parser);
    }

    @Override
    void run(Namespace namespace, PayoutConfiguration configuration, Persistence persistence, PrintStream out) {
        RotatedSecret rotated = new RotateWebhookSecretService(persistence.merchants(),
                configuration.callbacks().secretRotationOverlap(), PayoutApplication.CLOCK)
                .rotate(merchantId(namespace));
        out.println("webhook_secret=" + rotated.webhookSecret());
        out.println("previous_secret_valid_until=" + rotated.previousSecretValidUntil());
    }
}
