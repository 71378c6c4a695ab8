package io.payout.gateway.host.collection;

import io.payout.collection.spi.CollectionPlugin;
import io.payout.collection.spi.CollectionSpiVersion;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A collection plugin that passed the start-up checks, with what it said about itself (asked once) and where it came
 * from: {@code built in}, {@code class path}, {@code given}, or the path of its jar.
 */
public record LoadedCollectionPlugin(String providerId, String version, String source, CollectionPlugin plugin) {
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");

    public LoadedCollectionPlugin {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(plugin, "plugin");
    }

    /**
     * Asks {@code plugin} about itself once and checks the answers: built against this host's collection SPI major
     * version, an id of upper case letters, digits and {@code _}. Refusals are {@link IllegalStateException}s naming
     * the source.
     */
    static LoadedCollectionPlugin checked(CollectionPlugin plugin, String source) {
        String id;
        String version;
        int spiMajor;
        try {
            id = plugin.providerId();
            version = plugin.version();
            spiMajor = plugin.spiMajorVersion();
        } catch (RuntimeException e) {
            throw new IllegalStateException("collection plugin " + plugin.getClass().getName() + " from " + source
                    + " failed to describe itself", e);
        }
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalStateException("collection plugin " + plugin.getClass().getName() + " from " + source
                    + " has provider id '" + id + "'; ids are upper case letters, digits and '_'");
        }
        if (spiMajor != CollectionSpiVersion.MAJOR) {
            throw new IllegalStateException("collection plugin " + id + " from " + source
                    + " was built against collection SPI major version " + spiMajor + "; this host runs "
                    + CollectionSpiVersion.MAJOR);
        }
        return new LoadedCollectionPlugin(id, version == null ? "unknown" : version, source, plugin);
    }
}
