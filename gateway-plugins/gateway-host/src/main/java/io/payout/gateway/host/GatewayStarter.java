package io.payout.gateway.host;

import io.payout.domain.MethodId;
import io.payout.gateway.spi.PayoutGateway;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the gateways the settings enable, checking the settings against the loaded plugins. */
final class GatewayStarter {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayStarter.class);

    private final LoadedPlugins plugins;
    private final Clock clock;

    GatewayStarter(LoadedPlugins plugins, Clock clock) {
        this.plugins = plugins;
        this.clock = clock;
    }

    /** The enabled gateways by id, in configuration order. */
    Map<String, HostedGateway> start(List<GatewaySettings> settings) {
        Map<String, HostedGateway> started = new LinkedHashMap<>();
        List<String> configured = new ArrayList<>();
        try {
            for (GatewaySettings gateway : settings) {
                if (configured.contains(gateway.id())) {
                    throw new IllegalArgumentException("gateway " + gateway.id() + " is configured twice");
                }
                configured.add(gateway.id());
                LoadedPlugin plugin = plugins.find(gateway.id()).orElseThrow(() -> new IllegalStateException(
                        "gateway " + gateway.id() + " is configured but no plugin provides it"));
                if (gateway.enabled()) {
                    started.put(gateway.id(), start(plugin, gateway));
                } else {
                    LOG.info("gateway {} is disabled", gateway.id());
                }
            }
            return started;
        } catch (RuntimeException e) {
            started.values().forEach(HostedGateway::shutdown);
            throw e;
        }
    }

    private HostedGateway start(LoadedPlugin plugin, GatewaySettings settings) {
        List<MethodId> methods = methods(plugin, settings);
        PayoutGateway gateway;
        try (PluginContextClassLoader ignored =
                     new PluginContextClassLoader(plugin.plugin().getClass().getClassLoader())) {
            gateway = plugin.plugin().create(settings.settings());
        } catch (RuntimeException e) {
            throw new IllegalStateException("gateway " + settings.id() + " refused its settings (keys "
                    + settings.settings().keySet() + "): " + e.getMessage(), e);
        }
        if (gateway == null) {
            throw new IllegalStateException("gateway plugin " + settings.id() + " from " + plugin.source()
                    + " created no gateway");
        }
        LOG.info("gateway {} started: methods {}, timeout {}ms, maxConcurrency {}, circuit breaker {} for {}s,"
                        + " settings keys {}", settings.id(), methods, settings.timeout().toMillis(),
                settings.maxConcurrency(), settings.circuitBreakerThreshold(),
                settings.circuitBreakerCooldown().toSeconds(), settings.settings().keySet());
        return new HostedGateway(plugin, gateway, methods, settings, new CircuitBreaker(settings.id(),
                settings.circuitBreakerThreshold(), settings.circuitBreakerCooldown(), clock));
    }

    private static List<MethodId> methods(LoadedPlugin plugin, GatewaySettings settings) {
        List<String> rails = settings.rails().isEmpty() ? List.copyOf(plugin.rails()) : settings.rails();
        for (String rail : rails) {
            if (!plugin.rails().contains(rail)) {
                throw new IllegalStateException("gateway " + settings.id() + " enables rail " + rail
                        + ", which its plugin does not have (it has " + plugin.rails() + ")");
            }
        }
        return rails.stream().map(rail -> new MethodId(settings.id() + "_" + rail)).toList();
    }
}
