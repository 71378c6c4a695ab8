package io.payout.gateway.dummy;

import static io.payout.gateway.dummy.SamplePayouts.payout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.SpiVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class DummyGatewayPluginTest {
    private final GatewayPlugin plugin = new DummyGatewayPlugin();

    @Test
    void serviceLoaderFindsThePlugin() {
        List<GatewayPlugin> found = new ArrayList<>();
        ServiceLoader.load(GatewayPlugin.class).forEach(found::add);

        assertThat(found).singleElement().isInstanceOf(DummyGatewayPlugin.class);
    }

    @Test
    void isTheDummyGatewayOnImpsNeftAndUpi() {
        assertThat(plugin.gatewayId()).isEqualTo("DUMMY");
        assertThat(plugin.rails()).containsExactlyInAnyOrder("IMPS", "NEFT", "UPI");
        assertThat(plugin.spiMajorVersion()).isEqualTo(SpiVersion.MAJOR);
    }

    @Test
    void createsASandboxFromItsConfiguration() {
        PayoutGateway gateway = plugin.create(Map.of("timeout-share", "0"));

        assertThat(gateway).isInstanceOf(DummyGateway.class);
        assertThat(gateway.initiate(payout("ref-1", "IMPS", "10.00"))).isInstanceOf(GatewayResult.Succeeded.class);
    }

    @Test
    void eachCreatedSandboxHasItsOwnLedger() {
        DummyGateway first = (DummyGateway) plugin.create(Map.of("timeout-share", "0"));
        DummyGateway second = (DummyGateway) plugin.create(Map.of("timeout-share", "0"));

        first.initiate(payout("ref-1", "IMPS", "10.00"));

        assertThat(second.ledger().totalRecorded()).isZero();
    }

    @Test
    void theSameSeedLosesTheSameAnswers() {
        Map<String, String> configuration = Map.of("timeout-share", "0.5", "seed", "42");
        PayoutGateway first = plugin.create(configuration);
        PayoutGateway second = plugin.create(configuration);

        for (int call = 0; call < 200; call++) {
            assertThat(second.inquire("ref-" + call)).isEqualTo(first.inquire("ref-" + call));
        }
    }

    @Test
    void aBadConfigurationIsRefusedNamingTheKey() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> plugin.create(Map.of("reversal-after-ms", "later")))
                .withMessageContaining("reversal-after-ms");
    }
}
