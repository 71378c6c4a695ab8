package io.payout.gateway.cashfree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.gateway.spi.Capability;
import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.spi.SpiVersion;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class CashfreeGatewayPluginTest {
    @Test
    void serviceLoaderFindsTheCashfreePlugin() {
        assertThat(ServiceLoader.load(GatewayPlugin.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(plugin -> assertThat(plugin).isInstanceOf(CashfreeGatewayPlugin.class));
    }

    @Test
    void describesItselfAsCashfreeOnFourRailsWithWebhooks() {
        CashfreeGatewayPlugin plugin = new CashfreeGatewayPlugin();

        assertThat(plugin.gatewayId()).isEqualTo("CASHFREE");
        assertThat(plugin.rails()).containsExactlyInAnyOrder("IMPS", "NEFT", "RTGS", "UPI");
        assertThat(plugin.capabilities()).containsExactly(Capability.WEBHOOKS);
        assertThat(plugin.spiMajorVersion()).isEqualTo(SpiVersion.MAJOR);
    }

    @Test
    void createRefusesAConfigurationWithoutCredentialsNamingTheKey() {
        assertThatThrownBy(() -> new CashfreeGatewayPlugin().create(Map.of("client-id", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("client-secret");
    }
}
