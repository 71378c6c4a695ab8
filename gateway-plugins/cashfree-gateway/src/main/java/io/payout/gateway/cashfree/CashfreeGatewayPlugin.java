package io.payout.gateway.cashfree;

import io.payout.gateway.spi.Capability;
import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.SpiVersion;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * The bundled Cashfree Payouts v2 gateway {@code CASHFREE} (methods {@code CASHFREE_IMPS}, {@code CASHFREE_NEFT},
 * {@code CASHFREE_RTGS}, {@code CASHFREE_UPI}), with webhooks.
 *
 * <p>Configuration keys (a null or blank value counts as absent; unknown keys are ignored; a missing or bad value
 * is an {@link IllegalArgumentException} naming its key, never its value):
 * <ul>
 *   <li>{@code base-url}: default {@code https://api.cashfree.com/payout} (sandbox:
 *       {@code https://sandbox.cashfree.com/payout}).</li>
 *   <li>{@code client-id}: required; sent as {@code x-client-id}.</li>
 *   <li>{@code client-secret}: required; sent as {@code x-client-secret} and the key of webhook signatures.</li>
 *   <li>{@code api-version}: default {@code 2024-01-01}; sent as {@code x-api-version}.</li>
 *   <li>{@code request-timeout-ms}: whole milliseconds above 0, default 8000: the longest a call waits for its
 *       answer before it is {@code Unknown}.</li>
 * </ul>
 */
public final class CashfreeGatewayPlugin implements GatewayPlugin {
    public static final String GATEWAY_ID = "CASHFREE";

    @Override
    public String gatewayId() {
        return GATEWAY_ID;
    }

    @Override
    public Set<String> rails() {
        return TransferRequest.RAILS;
    }

    @Override
    public int spiMajorVersion() {
        return SpiVersion.MAJOR;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.WEBHOOKS);
    }

    @Override
    public PayoutGateway create(Map<String, String> configuration) {
        return new CashfreeGateway(CashfreeSettings.fromConfiguration(configuration), Clock.systemUTC());
    }
}
