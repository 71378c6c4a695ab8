package io.payout.app.command;

import io.payout.app.PayoutConfiguration;
import io.payout.app.Persistence;
import io.payout.application.merchant.CreateMerchantService;
import io.payout.application.merchant.MerchantCredentials;
import java.io.PrintStream;
import io.payout.app.PayoutApplication;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code merchants create --merchant-id m1 config.yml}: prints {@code api_key=} and {@code webhook_secret=}. */
class CreateMerchantVerb extends MerchantVerb {
    @Override
    public String name() {
        return "create";
    }

    @Override
    public String description() {
        return "Create a merchant; prints its API key and webhook secret (shown only once)";
    }

    @Override
    public void configure(Subparser parser) {
        addMerchantIdOption(parser);
    }

    @Override
    void run(Namespace namespace, PayoutConfiguration configuration, Persistence persistence, PrintStream out) {
        MerchantCredentials credentials = new CreateMerchantService(persistence.merchants(), PayoutApplication.CLOCK)
                .createMerchant(merchantId(namespace));
        out.println("merchant_id=" + credentials.merchantId());
        out.println("api_key=" + credentials.apiKey());
        out.println("webhook_secret=" + credentials.webhookSecret());
    }
}
