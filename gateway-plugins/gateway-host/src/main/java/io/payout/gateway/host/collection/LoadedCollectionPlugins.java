package io.payout.gateway.host.collection;

import io.payout.collection.spi.CollectionPlugin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collection plugins this instance may run, one per provider id, checked as they are added (see
 * {@link LoadedCollectionPlugin}); the built-in {@code SANDBOX} always comes first. Holds the class loaders of plugin
 * jars; {@link #close()} closes them.
 */
public final class LoadedCollectionPlugins implements AutoCloseable {
    static final String BUILT_IN = "built in";
    static final String GIVEN = "given";
    private static final Logger LOG = LoggerFactory.getLogger(LoadedCollectionPlugins.class);

    private final Map<String, LoadedCollectionPlugin> byId = new LinkedHashMap<>();
    private final List<AutoCloseable> classLoaders = new ArrayList<>();

    LoadedCollectionPlugins() {
        add(new SandboxCollectionPlugin(), BUILT_IN);
    }

    /** The built-in sandbox and these plugin instances (tests, or an application that builds its own). */
    public static LoadedCollectionPlugins of(CollectionPlugin... plugins) {
        LoadedCollectionPlugins loaded = new LoadedCollectionPlugins();
        for (CollectionPlugin plugin : plugins) {
            loaded.add(plugin, GIVEN);
        }
        return loaded;
    }

    public List<LoadedCollectionPlugin> all() {
        return List.copyOf(byId.values());
    }

    public Optional<LoadedCollectionPlugin> find(String providerId) {
        return Optional.ofNullable(byId.get(providerId));
    }

    /** Checks {@code plugin} and adds it; an {@link IllegalStateException} naming {@code source} if it is refused. */
    void add(CollectionPlugin plugin, String source) {
        LoadedCollectionPlugin loaded = LoadedCollectionPlugin.checked(plugin, source);
        LoadedCollectionPlugin earlier = byId.get(loaded.providerId());
        if (earlier != null) {
            throw new IllegalStateException("collection plugin " + loaded.providerId() + " from " + source
                    + " has the same provider id as the one from " + earlier.source());
        }
        byId.put(loaded.providerId(), loaded);
        LOG.info("loaded collection plugin {} version {} from {}", loaded.providerId(), loaded.version(), source);
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
                LOG.warn("could not close a collection plugin class loader: {}", e.toString());
            }
        }
        classLoaders.clear();
    }
}
