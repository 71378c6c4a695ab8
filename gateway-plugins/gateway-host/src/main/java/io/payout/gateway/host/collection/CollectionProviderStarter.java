package io.payout.gateway.host.collection;

import io.payout.collection.spi.CollectionProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the collection providers the settings enable, checking the settings against the loaded plugins. */
final class CollectionProviderStarter {
    private static final Logger LOG = LoggerFactory.getLogger(CollectionProviderStarter.class);

    private CollectionProviderStarter() {
    }

    /** The enabled providers by id, in configuration order; on a refusal, those already started are closed. */
    static Map<String, HostedCollectionProvider> start(LoadedCollectionPlugins plugins,
                                                       List<CollectionProviderSettings> settings) {
        Map<String, HostedCollectionProvider> started = new LinkedHashMap<>();
        Map<String, Boolean> configured = new LinkedHashMap<>();
        try {
            for (CollectionProviderSettings provider : settings) {
                if (configured.put(provider.id(), provider.enabled()) != null) {
                    throw new IllegalArgumentException("collection provider " + provider.id() + " is configured twice");
                }
                LoadedCollectionPlugin plugin = plugins.find(provider.id()).orElseThrow(() -> new IllegalStateException(
                        "collection provider " + provider.id() + " is configured but no plugin provides it"));
                if (provider.enabled()) {
                    started.put(provider.id(), start(plugin, provider));
                } else {
                    LOG.info("collection provider {} is disabled", provider.id());
                }
            }
            return started;
        } catch (RuntimeException e) {
            started.values().forEach(HostedCollectionProvider::close);
            throw e;
        }
    }

    private static HostedCollectionProvider start(LoadedCollectionPlugin plugin, CollectionProviderSettings settings) {
        ClassLoader pluginLoader = plugin.plugin().getClass().getClassLoader();
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(pluginLoader);
        CollectionProvider provider;
        try {
            provider = plugin.plugin().create(settings.settings());
        } catch (RuntimeException e) {
            throw new IllegalStateException("collection provider " + settings.id() + " refused its settings (keys "
                    + settings.settings().keySet() + "): " + e.getMessage(), e);
        } finally {
            current.setContextClassLoader(previous);
        }
        if (provider == null) {
            throw new IllegalStateException("collection plugin " + settings.id() + " from " + plugin.source()
                    + " created no provider");
        }
        LOG.info("collection provider {} started: version {} from {}, settings keys {}", settings.id(),
                plugin.version(), plugin.source(), settings.settings().keySet());
        return new HostedCollectionProvider(settings.id(), provider, pluginLoader);
    }
}
