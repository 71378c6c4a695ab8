package io.payout.gateway.razorpayx;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.Capability;
import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.spi.SpiVersion;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class PluginDiscoveryTest {
    @Test
    void serviceLoaderFindsTheRazorpayXPlugin() {
        assertThat(ServiceLoader.load(GatewayPlugin.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(plugin -> assertThat(plugin).isInstanceOf(RazorpayXGatewayPlugin.class));
    }

    @Test
    void pluginPaysOnTheFourIndianRailsWithWebhooksAndCancelAgainstThisSpiMajorVersion() {
        GatewayPlugin plugin = new RazorpayXGatewayPlugin();

        assertThat(plugin.gatewayId()).isEqualTo("RAZORPAYX");
        assertThat(plugin.rails()).containsExactlyInAnyOrder("IMPS", "NEFT", "RTGS", "UPI");
        assertThat(plugin.capabilities()).containsExactlyInAnyOrder(Capability.WEBHOOKS, Capability.CANCEL);
        assertThat(plugin.spiMajorVersion()).isEqualTo(SpiVersion.MAJOR);
    }
}
