package io.payout.gateway.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.domain.MethodId;
import io.payout.gateway.dummy.DummyGatewayPlugin;
import io.payout.gateway.spi.GatewayResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which gateways the host starts from its settings, and which settings it refuses. */
class GatewayHostStartTest {
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final GatewayResult OK = new GatewayResult.Succeeded("ok", null);

    @Test
    void usesOnlyEnabledGatewaysInConfigurationOrder() {
        ScriptedPlugin acme = new ScriptedPlugin("ACME", Set.of("UPI", "IMPS"), ref -> OK);
        ScriptedPlugin idle = ScriptedPlugin.answering("IDLE", OK);
        List<GatewaySettings> settings = List.of(
                GatewaySettings.enabled("ACME", SECOND, 1, Map.of()),
                new GatewaySettings("IDLE", false, SECOND, 1, List.of(), Map.of()),
                GatewaySettings.enabled("DUMMY", SECOND, 1, Map.of()).withRails(List.of("NEFT")));

        try (GatewayHost host = new GatewayHost(LoadedPlugins.of(new DummyGatewayPlugin(), idle, acme), settings)) {
            assertThat(host.enabledMethods()).containsExactly(
                    new MethodId("ACME_IMPS"), new MethodId("ACME_UPI"), new MethodId("DUMMY_NEFT"));
            assertThat(host.status()).extracting(GatewayStatus::id).containsExactly("ACME", "DUMMY");
            assertThat(idle.configurations).as("a disabled gateway is not created").isEmpty();
        }
    }

    @Test
    void handsTheSettingsSectionToThePlugin() {
        ScriptedPlugin acme = ScriptedPlugin.answering("ACME", OK);

        try (GatewayHost host = new GatewayHost(LoadedPlugins.of(acme),
                List.of(GatewaySettings.enabled("ACME", SECOND, 1, Map.of("base-url", "https://acme.example"))))) {
            assertThat(acme.configurations).containsExactly(Map.of("base-url", "https://acme.example"));
        }
    }

    @Test
    void refusesAConfiguredGatewayWithoutAPlugin() {
        assertThatThrownBy(() -> new GatewayHost(LoadedPlugins.of(new DummyGatewayPlugin()),
                List.of(new GatewaySettings("ACME", false, SECOND, 1, List.of(), Map.of()))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("gateway ACME is configured but no plugin provides it");
    }

    @Test
    void refusesARailThePluginDoesNotHave() {
        assertThatThrownBy(() -> new GatewayHost(LoadedPlugins.of(new DummyGatewayPlugin()),
                List.of(GatewaySettings.enabled("DUMMY", SECOND, 1, Map.of()).withRails(List.of("RTGS")))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gateway DUMMY enables rail RTGS");
    }

    @Test
    void refusesAGatewayConfiguredTwice() {
        GatewaySettings dummy = GatewaySettings.enabled("DUMMY", SECOND, 1, Map.of());

        assertThatThrownBy(() -> new GatewayHost(LoadedPlugins.of(new DummyGatewayPlugin()), List.of(dummy, dummy)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gateway DUMMY is configured twice");
    }

    @Test
    void refusesSettingsThePluginRefusesNamingTheGatewayAndOnlyTheKeys() {
        GatewaySettings bad = GatewaySettings.enabled("DUMMY", SECOND, 1, Map.of("timeout-share", "2"));

        assertThatThrownBy(() -> new GatewayHost(LoadedPlugins.of(new DummyGatewayPlugin()), List.of(bad)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("gateway DUMMY refused its settings (keys [timeout-share])")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }
}
