package io.payout.app.command;

import java.util.List;

/**
 * {@code merchants create|rotate-key|list|set-webhook|rotate-webhook-secret}: manages merchants, their API keys
 * and their callback configuration, directly in the database, so
 * it works while servers run (on H2 through its automatic server mode).
 */
public class MerchantsCommand extends CommandGroup {
    public MerchantsCommand() {
        super("merchants", "Manage merchants and their API keys",
                List.of(new CreateMerchantVerb(), new RotateKeyVerb(), new ListMerchantsVerb(), new SetWebhookVerb(),
                        new RotateWebhookSecretVerb()));
    }
}
