package io.payout.app.command;

import io.payout.app.PayoutConfiguration;
import io.payout.app.Persistence;
import io.payout.application.merchant.ListMerchantsService;
import io.payout.application.merchant.MerchantSummary;
import java.io.PrintStream;
import io.payout.app.PayoutApplication;
import net.sourceforge.argparse4j.inf.Namespace;

/** {@code merchants list config.yml}: one line per merchant, never a key. */
class ListMerchantsVerb extends MerchantVerb {
    @Override
    public String name() {
        return "list";
    }

    @Override
    public String description() {
        return "List merchants with their number of working API keys";
    }

    @Override
    void run(Namespace namespace, PayoutConfiguration configuration, Persistence persistence, PrintStream out) {
        for (MerchantSummary merchant : new ListMerchantsService(persistence.merchants(), PayoutApplication.CLOCK).listMerchants()) {
            out.println("merchant_id=" + merchant.merchantId() + " created_at=" + merchant.createdAt()
                    + " active_api_keys=" + merchant.activeApiKeys());
        }
    }
}
