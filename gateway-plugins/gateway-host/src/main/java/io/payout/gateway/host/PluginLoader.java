package io.payout.gateway.host;

import io.payout.gateway.spi.GatewayPlugin;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds gateway plugins with {@link ServiceLoader}: the bundled ones on the application class path, then one per
 * {@code *.jar} in the plugins directory (in name order), each jar in its own {@link URLClassLoader} whose parent
 * shows it only the JDK and the gateway SPI ({@link SpiOnlyClassLoader}). A plugin jar must therefore carry its own
 * libraries. Any refusal (two plugins with one gateway id, another SPI major version, a jar that cannot be read) is
 * an {@link IllegalStateException} naming the jar or {@code class path}.
 */
public final class PluginLoader {
    public static final String CLASS_PATH = "class path";
    private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);

    private final ClassLoader applicationLoader;

    /** Loads bundled plugins through the class loader that loaded the host. */
    public PluginLoader() {
        this(PluginLoader.class.getClassLoader());
    }

    public PluginLoader(ClassLoader applicationLoader) {
        this.applicationLoader = applicationLoader;
    }

    /** The bundled plugins and those in {@code pluginsDirectory} (which may be null or absent). */
    public LoadedPlugins load(Path pluginsDirectory) {
        LoadedPlugins loaded = new LoadedPlugins();
        try {
            addAll(loaded, ServiceLoader.load(GatewayPlugin.class, applicationLoader), CLASS_PATH);
            for (Path jar : jarsIn(pluginsDirectory)) {
                URLClassLoader jarLoader = new URLClassLoader("gateway-plugin:" + jar.getFileName(),
                        new URL[] {PluginJars.urlOf(jar)}, SpiOnlyClassLoader.forGatewayPlugins(applicationLoader));
                loaded.adopt(jarLoader);
                int before = loaded.all().size();
                addAll(loaded, ServiceLoader.load(GatewayPlugin.class, jarLoader), jar.toAbsolutePath().toString());
                if (loaded.all().size() == before) {
                    LOG.warn("plugin jar {} provides no gateway plugin (no META-INF/services/{})", jar,
                            GatewayPlugin.class.getName());
                }
            }
            return loaded;
        } catch (RuntimeException e) {
            loaded.close();
            throw e;
        }
    }

    private static void addAll(LoadedPlugins loaded, ServiceLoader<GatewayPlugin> plugins, String source) {
        try {
            for (GatewayPlugin plugin : plugins) {
                loaded.add(plugin, source);
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new IllegalStateException("could not load the gateway plugin from " + source + ": " + e, e);
        }
    }

    private static List<Path> jarsIn(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            LOG.info("no plugins directory {}: using the bundled gateway plugins only", directory);
        }
        return PluginJars.in(directory);
    }
}
