package io.payout.app.command;

import java.util.List;

/**
 * {@code merchants create|rotate-key|list}: manages merchants and their API keys, directly in the database, so
 * it works while servers run (on H2 through its automatic server mode).
 */
public class MerchantsCommand extends CommandGroup {
    public MerchantsCommand() {
        super("merchants", "Manage merchants and their API keys",
                List.of(new CreateMerchantVerb(), new RotateKeyVerb(), new ListMerchantsVerb()));
    }
}
