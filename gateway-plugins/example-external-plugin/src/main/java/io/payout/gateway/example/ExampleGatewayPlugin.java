package io.payout.gateway.example;

import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.SpiVersion;
import java.util.Map;
import java.util.Set;

/**
 * The example external plugin: gateway {@code EXAMPLE}, rail {@code IMPS} (method {@code EXAMPLE_IMPS}). It pays
 * every payout at once, in memory. Settings: {@code api-key} (required, a stand-in credential that is never shown).
 */
public final class ExampleGatewayPlugin implements GatewayPlugin {
    static final String API_KEY = "api-key";

    @Override
    public String gatewayId() {
        return "EXAMPLE";
    }

    @Override
    public Set<String> rails() {
        return Set.of("IMPS");
    }

    @Override
    public int spiMajorVersion() {
        return SpiVersion.MAJOR;
    }

    @Override
    public PayoutGateway create(Map<String, String> configuration) {
        String apiKey = configuration.get(API_KEY);
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("EXAMPLE gateway configuration '" + API_KEY + "' is required");
        }
        return new ExampleGateway();
    }
}
