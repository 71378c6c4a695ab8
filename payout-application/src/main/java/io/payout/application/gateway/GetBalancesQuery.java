package io.payout.application.gateway;

import java.util.List;

/** The balances of the gateways' methods, for merchants (Juspay's {@code getways/balance}). */
public interface GetBalancesQuery {
    /** Every method with a known balance, by method id; a balance a gateway did not give now is its last known one. */
    List<MethodBalance> balances();
}
