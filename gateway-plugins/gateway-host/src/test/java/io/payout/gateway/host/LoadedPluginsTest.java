package io.payout.gateway.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.gateway.dummy.DummyGatewayPlugin;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.SpiVersion;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks every plugin passes, wherever it comes from. */
class LoadedPluginsTest {
    private static final GatewayResult OK = new GatewayResult.Succeeded("ok", null);

    @Test
    void findsTheBundledDummyOnTheClassPath() {
        try (LoadedPlugins plugins = new PluginLoader().load(null)) {
            assertThat(plugins.find("DUMMY")).hasValueSatisfying(dummy -> {
                assertThat(dummy.source()).isEqualTo("class path");
                assertThat(dummy.rails()).containsExactly("IMPS", "NEFT", "UPI");
                assertThat(dummy.plugin()).isInstanceOf(DummyGatewayPlugin.class);
            });
        }
    }

    @Test
    void absentPluginsDirectoryMeansClassPathPluginsOnly(@TempDir Path temp) {
        try (LoadedPlugins plugins = new PluginLoader().load(temp.resolve("plugins"))) {
            assertThat(plugins.all()).extracting(LoadedPlugin::gatewayId).containsExactly("DUMMY");
        }
    }

    @Test
    void refusesTwoPluginsWithOneGatewayId() {
        assertThatThrownBy(() -> LoadedPlugins.of(ScriptedPlugin.answering("ACME", OK),
                ScriptedPlugin.answering("ACME", OK)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("gateway plugin ACME from given has the same gateway id as the one from given");
    }

    @Test
    void refusesAPluginOfAnotherSpiMajorVersion() {
        ScriptedPlugin future = new ScriptedPlugin("ACME", Set.of("IMPS"), ref -> OK) {
            @Override
            public int spiMajorVersion() {
                return SpiVersion.MAJOR + 1;
            }
        };

        assertThatThrownBy(() -> LoadedPlugins.of(future))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gateway plugin ACME from given was built against SPI major version "
                        + (SpiVersion.MAJOR + 1));
    }

    @Test
    void refusesIdsAndRailsThatCannotFormAMethodId() {
        assertThatThrownBy(() -> LoadedPlugins.of(ScriptedPlugin.answering("Acme", OK)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("gateway id 'Acme'");
        assertThatThrownBy(() -> LoadedPlugins.of(new ScriptedPlugin("ACME", Set.of("UPI_COLLECT"), ref -> OK)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[UPI_COLLECT]");
    }
}
