package io.payout.gateway.host;

import io.payout.gateway.spi.GatewayPlugin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway plugins this instance runs, checked as they are added (see {@link LoadedPlugin}), one per gateway id.
 * Holds the class loaders of plugin jars; {@link #close()} closes them.
 */
public final class LoadedPlugins implements AutoCloseable {
    static final String GIVEN = "given";
    private static final Logger LOG = LoggerFactory.getLogger(LoadedPlugins.class);

    private final Map<String, LoadedPlugin> byId = new LinkedHashMap<>();
    private final List<AutoCloseable> classLoaders = new ArrayList<>();

    LoadedPlugins() {
    }

    /** Plugin instances handed in directly (tests, or an application that builds its own); source {@code given}. */
    public static LoadedPlugins of(GatewayPlugin... plugins) {
        LoadedPlugins loaded = new LoadedPlugins();
        for (GatewayPlugin plugin : plugins) {
            loaded.add(plugin, GIVEN);
        }
        return loaded;
    }

    public List<LoadedPlugin> all() {
        return List.copyOf(byId.values());
    }

    public Optional<LoadedPlugin> find(String gatewayId) {
        return Optional.ofNullable(byId.get(gatewayId));
    }

    /** Checks {@code plugin} and adds it; an {@link IllegalStateException} naming {@code source} if it is refused. */
    void add(GatewayPlugin plugin, String source) {
        LoadedPlugin loaded = LoadedPlugin.checked(plugin, source);
        LoadedPlugin earlier = byId.get(loaded.gatewayId());
        if (earlier != null) {
            throw new IllegalStateException("gateway plugin " + loaded.gatewayId() + " from " + source
                    + " has the same gateway id as the one from " + earlier.source());
        }
        byId.put(loaded.gatewayId(), loaded);
        LOG.info("loaded gateway plugin {} version {} with rails {} from {}", loaded.gatewayId(), loaded.version(),
                loaded.rails(), source);
    }

    /** Closes {@code classLoader} with the plugins. */
    void adopt(AutoCloseable classLoader) {
        classLoaders.add(classLoader);
    }

    @Override
    public void close() {
        for (AutoCloseable classLoader : classLoaders) {
            try {
                classLoader.close();
            } catch (Exception e) {
                LOG.warn("could not close a plugin class loader: {}", e.toString());
            }
        }
        classLoaders.clear();
    }
}
