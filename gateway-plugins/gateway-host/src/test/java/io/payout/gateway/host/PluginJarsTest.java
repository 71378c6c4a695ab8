package io.payout.gateway.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.payout.domain.MethodId;
import io.payout.domain.attempt.GatewayResult;
import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.spi.SpiVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins from jars in the plugins directory, compiled at test time against the SPI alone. */
class PluginJarsTest {
    @TempDir
    Path temp;
    private Path plugins;
    private PluginJarBuilder jars;

    @BeforeEach
    void setUp() {
        plugins = temp.resolve("plugins");
        jars = new PluginJarBuilder(temp.resolve("work"));
    }

    @Test
    void pluginFromAJarServesPayoutsBesideTheBundledOnes() throws IOException {
        Path jar = jars.build(plugins.resolve("acme-gateway.jar"), "ACME", SpiVersion.MAJOR);
        SamplePayouts payout = SamplePayouts.of("ACME_IMPS", "5.00");

        LoadedPlugins loaded = new PluginLoader().load(plugins);
        assertThat(loaded.all()).extracting(LoadedPlugin::gatewayId, LoadedPlugin::source)
                .containsExactly(tuple("DUMMY", "class path"), tuple("ACME", jar.toAbsolutePath().toString()));
        try (GatewayHost host = new GatewayHost(loaded,
                List.of(GatewaySettings.enabled("ACME", Duration.ofSeconds(1), 1, Map.of())))) {
            assertThat(host.enabledMethods()).containsExactly(new MethodId("ACME_IMPS"));
            assertThat(host.initiate(payout.fulfillment(), payout.transaction()))
                    .isEqualTo(new GatewayResult.Succeeded("ACME-" + payout.ref(),
                            "context class loader is the plugin's: true"));
            assertThat(host.inquire(payout.transaction()))
                    .isEqualTo(new GatewayResult.Pending("ACME-" + payout.ref(), null));
            assertThat(host.status().get(0).version()).isEqualTo("9.9.9");
        }
    }

    @Test
    void jarPluginSeesTheSpiButNeitherOurClassesNorOtherPlugins() throws Exception {
        jars.build(plugins.resolve("acme-gateway.jar"), "ACME", SpiVersion.MAJOR);
        jars.build(plugins.resolve("bank-gateway.jar"), "BANK", SpiVersion.MAJOR);

        try (LoadedPlugins loaded = new PluginLoader().load(plugins)) {
            ClassLoader acme = loaded.find("ACME").orElseThrow().plugin().getClass().getClassLoader();
            ClassLoader bank = loaded.find("BANK").orElseThrow().plugin().getClass().getClassLoader();

            assertThat(acme).isNotSameAs(getClass().getClassLoader()).isNotSameAs(bank);
            assertThat(Class.forName(GatewayPlugin.class.getName(), false, acme)).isSameAs(GatewayPlugin.class);
            assertThat(Class.forName("java.sql.Timestamp", false, acme)).isNotNull();
            for (String hidden : List.of("io.payout.domain.Order", GatewayHost.class.getName(),
                    "io.payout.gateway.dummy.DummyGatewayPlugin", "org.slf4j.Logger", "ext.bank.BANKPlugin")) {
                assertThatThrownBy(() -> Class.forName(hidden, false, acme))
                        .as(hidden).isInstanceOf(ClassNotFoundException.class);
            }
            assertThat(acme.getResource("io/payout/domain/Order.class")).isNull();
        }
    }

    @Test
    void refusesTwoJarsWithOneGatewayIdNamingTheJar() throws IOException {
        jars.build(plugins.resolve("a-acme.jar"), "ACME", SpiVersion.MAJOR);
        Path second = jars.build(plugins.resolve("b-acme.jar"), "ACME", SpiVersion.MAJOR);

        assertThatThrownBy(() -> new PluginLoader().load(plugins))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gateway plugin ACME from " + second.toAbsolutePath())
                .hasMessageContaining("a-acme.jar");
    }

    @Test
    void refusesAJarThatDuplicatesABundledGateway() throws IOException {
        Path jar = jars.build(plugins.resolve("dummy-again.jar"), "DUMMY", SpiVersion.MAJOR);

        assertThatThrownBy(() -> new PluginLoader().load(plugins))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("gateway plugin DUMMY from " + jar.toAbsolutePath()
                        + " has the same gateway id as the one from class path");
    }

    @Test
    void refusesAJarBuiltAgainstTheNextSpiMajorVersionNamingTheJar() throws IOException {
        Path jar = jars.build(plugins.resolve("acme-next.jar"), "ACME", SpiVersion.MAJOR + 1);

        assertThatThrownBy(() -> new PluginLoader().load(plugins))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("gateway plugin ACME from " + jar.toAbsolutePath() + " was built against SPI major version "
                        + (SpiVersion.MAJOR + 1) + "; this host runs " + SpiVersion.MAJOR);
    }
}
