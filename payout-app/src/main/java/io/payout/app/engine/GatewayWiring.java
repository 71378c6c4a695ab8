package io.payout.app.engine;

import io.payout.app.config.GatewayConfig;
import io.payout.app.config.GatewaysConfig;
import io.payout.gateway.host.GatewayHost;
import io.payout.gateway.host.GatewaySettings;
import io.payout.gateway.host.PluginLoader;
import java.nio.file.Path;
import java.util.List;

/** Loads the gateway plugins (bundled and from the plugins directory) and starts the configured gateways. */
public final class GatewayWiring {
    private GatewayWiring() {
    }

    public static GatewayHost host(GatewaysConfig config) {
        List<GatewaySettings> settings = config.configured().stream().map(GatewayWiring::settings).toList();
        return new GatewayHost(new PluginLoader().load(Path.of(config.pluginsDirectory())), settings);
    }

    private static GatewaySettings settings(GatewayConfig gateway) {
        return new GatewaySettings(gateway.id(), gateway.enabled(), gateway.timeout(), gateway.maxConcurrency(),
                gateway.rails(), gateway.settings(), gateway.circuitBreakerThreshold(),
                gateway.circuitBreakerCooldown());
    }
}
