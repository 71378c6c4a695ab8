package io.payout.application.engine.port;

import io.payout.domain.Fulfillment;
import io.payout.domain.MethodId;
import io.payout.domain.Transaction;
import io.payout.domain.attempt.GatewayResult;

/**
 * The gateways, behind their plugins. Calls block for at most the gateway's configured timeout and never throw:
 * anything but a clear answer is {@link GatewayResult.Unknown}.
 */
public interface PayoutGatewayPort {
    /** Sends the payout of {@code transaction} (its reference is the gateway's idempotency key). */
    GatewayResult initiate(Fulfillment fulfillment, Transaction transaction);

    /** Asks what became of {@code transaction}. */
    GatewayResult inquire(Transaction transaction);
}
