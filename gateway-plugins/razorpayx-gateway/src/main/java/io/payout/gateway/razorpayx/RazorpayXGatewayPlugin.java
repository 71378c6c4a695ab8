package io.payout.gateway.razorpayx;

import io.payout.gateway.spi.Capability;
import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.SpiVersion;
import java.util.Map;
import java.util.Set;

/**
 * The bundled RazorpayX Payouts connector {@code RAZORPAYX} (methods {@code RAZORPAYX_IMPS}, {@code RAZORPAYX_NEFT},
 * {@code RAZORPAYX_RTGS}, {@code RAZORPAYX_UPI}), with signed webhooks and cancellation of queued payouts. It depends on the JDK and the SPI only.
 *
 * <p>Configuration keys (a null or blank value counts as absent; unknown keys are ignored; a missing or bad value
 * is an {@link IllegalArgumentException} naming its key, never quoting a value):
 * <ul>
 *   <li>{@code base-url}: optional, default {@code https://api.razorpay.com}: the API's origin, without
 *       {@code /v1}.</li>
 *   <li>{@code key-id}: required: the API key id (HTTP Basic user).</li>
 *   <li>{@code key-secret}: required: the API key secret (HTTP Basic password).</li>
 *   <li>{@code account-number}: required: the merchant's RazorpayX account number that pays.</li>
 *   <li>{@code webhook-secret}: optional: the secret RazorpayX signs webhooks with; without it every webhook is
 *       rejected.</li>
 *   <li>{@code request-timeout-ms}: optional, default {@code 8000}: how long one HTTP exchange may take, whole
 *       milliseconds above zero; past it the answer is {@code Unknown}.</li>
 * </ul>
 */
public final class RazorpayXGatewayPlugin implements GatewayPlugin {
    public static final String GATEWAY_ID = "RAZORPAYX";

    @Override
    public String gatewayId() {
        return GATEWAY_ID;
    }

    @Override
    public Set<String> rails() {
        return PayoutRequest.RAILS;
    }

    @Override
    public int spiMajorVersion() {
        return SpiVersion.MAJOR;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.WEBHOOKS, Capability.CANCEL);
    }

    @Override
    public PayoutGateway create(Map<String, String> configuration) {
        return new RazorpayXGateway(RazorpayXSettings.fromConfiguration(configuration));
    }
}
