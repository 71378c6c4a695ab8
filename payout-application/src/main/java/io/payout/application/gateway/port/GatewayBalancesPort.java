package io.payout.application.gateway.port;

import io.payout.application.gateway.GatewayBalances;
import java.util.List;

/** Asks the gateways for their balances. */
public interface GatewayBalancesPort {
    /**
     * One answer per running gateway that reports balances, in configuration order, each asked within its gateway's
     * timeout (so this may take as long as the longest of them). Never throws for a gateway's failure: that gateway's
     * answer says what went wrong. Call it outside any database transaction.
     */
    List<GatewayBalances> balances();
}
