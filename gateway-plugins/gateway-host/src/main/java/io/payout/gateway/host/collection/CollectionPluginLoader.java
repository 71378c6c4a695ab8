package io.payout.gateway.host.collection;

import io.payout.collection.spi.CollectionPlugin;
import io.payout.gateway.host.PluginJars;
import io.payout.gateway.host.SpiOnlyClassLoader;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds collection plugins the way {@code PluginLoader} finds gateway plugins: the built-in {@code SANDBOX}, then
 * with {@link ServiceLoader} the bundled ones on the application class path, then one per {@code *.jar} in the
 * plugins directory (in name order), each jar in its own {@link URLClassLoader} whose parent shows it only the JDK
 * and the collection SPI. Any refusal (two plugins with one provider id, another collection SPI major version, a jar
 * that cannot be read) is an {@link IllegalStateException} naming the jar or {@code class path}. A jar without a
 * collection plugin (a gateway plugin jar, in a shared directory) is skipped quietly.
 */
public final class CollectionPluginLoader {
    public static final String CLASS_PATH = "class path";
    private static final Logger LOG = LoggerFactory.getLogger(CollectionPluginLoader.class);

    private final ClassLoader applicationLoader;

    /** Loads bundled plugins through the class loader that loaded the host. */
    public CollectionPluginLoader() {
        this(CollectionPluginLoader.class.getClassLoader());
    }

    public CollectionPluginLoader(ClassLoader applicationLoader) {
        this.applicationLoader = applicationLoader;
    }

    /** The built-in sandbox, the bundled plugins and those in {@code pluginsDirectory} (which may be null or absent). */
    public LoadedCollectionPlugins load(Path pluginsDirectory) {
        LoadedCollectionPlugins loaded = new LoadedCollectionPlugins();
        try {
            addAll(loaded, ServiceLoader.load(CollectionPlugin.class, applicationLoader), CLASS_PATH);
            for (Path jar : PluginJars.in(pluginsDirectory)) {
                URLClassLoader jarLoader = new URLClassLoader("collection-plugin:" + jar.getFileName(),
                        new URL[] {PluginJars.urlOf(jar)}, SpiOnlyClassLoader.forCollectionPlugins(applicationLoader));
                int before = loaded.all().size();
                try {
                    addAll(loaded, ServiceLoader.load(CollectionPlugin.class, jarLoader), jar.toAbsolutePath().toString());
                } catch (RuntimeException e) {
                    close(jarLoader);
                    throw e;
                }
                if (loaded.all().size() == before) {
                    close(jarLoader);
                } else {
                    loaded.adopt(jarLoader);
                }
            }
            return loaded;
        } catch (RuntimeException e) {
            loaded.close();
            throw e;
        }
    }

    private static void addAll(LoadedCollectionPlugins loaded, ServiceLoader<CollectionPlugin> plugins, String source) {
        try {
            for (CollectionPlugin plugin : plugins) {
                loaded.add(plugin, source);
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new IllegalStateException("could not load the collection plugin from " + source + ": " + e, e);
        }
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            LOG.warn("could not close the class loader of {}: {}", loader.getName(), e.toString());
        }
    }
}
