package io.payout.app.command;

import io.payout.app.PayoutConfiguration;
import io.payout.app.Persistence;
import io.payout.application.merchant.RotateApiKeyService;
import io.payout.application.merchant.RotatedApiKey;
import java.io.PrintStream;
import io.payout.app.PayoutApplication;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code merchants rotate-key --merchant-id m1 config.yml}: a new key; older ones work for the grace period. */
class RotateKeyVerb extends MerchantVerb {
    @Override
    public String name() {
        return "rotate-key";
    }

    @Override
    public String description() {
        return "Issue a new API key; older keys keep working for auth.keyRotationGracePeriod";
    }

    @Override
    public void configure(Subparser parser) {
        addMerchantIdOption(parser);
    }

    @Override
    void run(Namespace namespace, PayoutConfiguration configuration, Persistence persistence, PrintStream out) {
        RotatedApiKey rotated = new RotateApiKeyService(persistence.merchants(),
                configuration.auth().keyRotationGracePeriod(), PayoutApplication.CLOCK).rotateApiKey(merchantId(namespace));
        out.println("api_key=" + rotated.apiKey());
        out.println("old_keys_expire_at=" + rotated.oldKeysExpireAt());
    }
}
