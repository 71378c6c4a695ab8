package io.payout.application.gateway;

import java.util.List;
import java.util.Objects;

/**
 * One gateway's answer to a balance request: its balances per method, or, when it gave none ({@code failure} not
 * null: an error, a timeout, an unreadable answer), why.
 */
public record GatewayBalances(String gatewayId, List<MethodBalance> balances, String failure) {
    public GatewayBalances {
        Objects.requireNonNull(gatewayId, "gatewayId");
        balances = List.copyOf(balances);
    }

    public static GatewayBalances answered(String gatewayId, List<MethodBalance> balances) {
        return new GatewayBalances(gatewayId, balances, null);
    }

    public static GatewayBalances failed(String gatewayId, String failure) {
        return new GatewayBalances(gatewayId, List.of(), Objects.requireNonNull(failure, "failure"));
    }

    public boolean answered() {
        return failure == null;
    }
}
