package io.payout.gateway.host.collection;

import io.payout.collection.spi.CollectionPlugin;
import io.payout.collection.spi.CollectionProvider;
import io.payout.collection.spi.CollectionSpiVersion;
import java.util.Map;

/** A plugin handing out one {@link ScriptedCollectionProvider} under an id and SPI major version of the test's choice. */
final class ScriptedCollectionPlugin implements CollectionPlugin {
    final ScriptedCollectionProvider provider = new ScriptedCollectionProvider();
    private final String id;
    private final int spiMajor;
    volatile Map<String, String> configuration;

    ScriptedCollectionPlugin(String id) {
        this(id, CollectionSpiVersion.MAJOR);
    }

    ScriptedCollectionPlugin(String id, int spiMajor) {
        this.id = id;
        this.spiMajor = spiMajor;
    }

    @Override
    public String providerId() {
        return id;
    }

    @Override
    public int spiMajorVersion() {
        return spiMajor;
    }

    @Override
    public CollectionProvider create(Map<String, String> configuration) {
        if (configuration.containsKey("refuse")) {
            throw new IllegalArgumentException(id + " collection configuration 'api-key' is required");
        }
        this.configuration = configuration;
        return provider;
    }
}
