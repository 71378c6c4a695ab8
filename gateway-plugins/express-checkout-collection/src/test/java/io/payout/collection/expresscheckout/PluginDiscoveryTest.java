package io.payout.collection.expresscheckout;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.collection.spi.CollectionPlugin;
import io.payout.collection.spi.CollectionSpiVersion;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class PluginDiscoveryTest {
    @Test
    void serviceLoaderFindsTheExpressCheckoutPlugin() {
        assertThat(ServiceLoader.load(CollectionPlugin.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(plugin -> assertThat(plugin).isInstanceOf(ExpressCheckoutPlugin.class));
    }

    @Test
    void pluginIsExpressCheckoutBuiltAgainstThisSpiMajorVersion() {
        CollectionPlugin plugin = new ExpressCheckoutPlugin();

        assertThat(plugin.providerId()).isEqualTo("EXPRESS_CHECKOUT");
        assertThat(plugin.spiMajorVersion()).isEqualTo(CollectionSpiVersion.MAJOR);
    }
}
