package io.payout.gateway.host;

import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.spi.SpiVersion;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A plugin that passed the start-up checks, with what it said about itself (asked once) and where it came from:
 * {@code class path}, or the path of its jar.
 */
public record LoadedPlugin(String gatewayId, String version, SortedSet<String> rails, String source,
                           GatewayPlugin plugin) {
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9]*");

    public LoadedPlugin {
        Objects.requireNonNull(gatewayId, "gatewayId");
        Objects.requireNonNull(version, "version");
        rails = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(rails, "rails")));
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(plugin, "plugin");
    }

    /**
     * Asks {@code plugin} about itself once and checks the answers: built against this host's SPI major version,
     * an upper case id, at least one upper case rail. Refusals are {@link IllegalStateException}s naming the source.
     */
    static LoadedPlugin checked(GatewayPlugin plugin, String source) {
        String id;
        SortedSet<String> rails;
        String version;
        int spiMajor;
        try {
            id = plugin.gatewayId();
            rails = new TreeSet<>(plugin.rails());
            version = plugin.version();
            spiMajor = plugin.spiMajorVersion();
        } catch (RuntimeException e) {
            throw new IllegalStateException("gateway plugin " + plugin.getClass().getName() + " from " + source
                    + " failed to describe itself", e);
        }
        if (id == null || !NAME.matcher(id).matches()) {
            throw new IllegalStateException("gateway plugin " + plugin.getClass().getName() + " from " + source
                    + " has gateway id '" + id + "'; ids are upper case letters and digits");
        }
        if (spiMajor != SpiVersion.MAJOR) {
            throw new IllegalStateException("gateway plugin " + id + " from " + source
                    + " was built against SPI major version " + spiMajor + "; this host runs " + SpiVersion.MAJOR);
        }
        if (rails.isEmpty() || !rails.stream().allMatch(rail -> NAME.matcher(rail).matches())) {
            throw new IllegalStateException("gateway plugin " + id + " from " + source + " has rails " + rails
                    + "; it needs at least one, each upper case letters and digits");
        }
        return new LoadedPlugin(id, version == null ? "unknown" : version, rails, source, plugin);
    }
}
