package io.payout.gateway.host.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.payout.collection.spi.CollectionPlugin;
import io.payout.collection.spi.CollectionSpiVersion;
import io.payout.domain.Money;
import io.payout.domain.collection.PaymentLinks;
import io.payout.domain.collection.ProviderAnswer;
import io.payout.domain.collection.RefundAnswer;
import io.payout.domain.collection.RefundStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collection plugins: built in, from the class path, and from jars compiled at test time against the SPI alone. */
class CollectionPluginLoaderTest {
    @TempDir
    Path temp;
    private Path plugins;
    private CollectionPluginJarBuilder jars;

    @BeforeEach
    void setUp() {
        plugins = temp.resolve("plugins");
        jars = new CollectionPluginJarBuilder(temp.resolve("work"));
    }

    @Test
    void loadsTheBuiltInSandboxThenThePluginsOnTheClassPath() {
        try (LoadedCollectionPlugins loaded = new CollectionPluginLoader().load(null)) {
            assertThat(loaded.all()).extracting(LoadedCollectionPlugin::providerId, LoadedCollectionPlugin::source)
                    .containsExactly(tuple("SANDBOX", "built in"), tuple(ClassPathCollectionPlugin.ID, "class path"));
        }
    }

    @Test
    void classPathPluginServesCollectionsThroughTheHost() {
        SampleCollections sample = SampleCollections.of(ClassPathCollectionPlugin.ID, "pay1", "10");

        try (CollectionHost host = CollectionHost.start(plugins, List.of(CollectionProviderSettings.enabled(
                ClassPathCollectionPlugin.ID, Map.of("prefix", "https://pay.test/"))))) {
            assertThat(host.create(sample.payment(), sample.order(), SampleCollections.NOW))
                    .isEqualTo(new ProviderAnswer.AwaitingPayment("NEW",
                            new PaymentLinks("https://pay.test/pay1", null, null)));
        }
    }

    @Test
    void pluginFromAJarServesCollectionsBesideTheBundledOnes() throws IOException {
        Path jar = jars.build(plugins.resolve("acme-pay.jar"), "ACME_PAY", CollectionSpiVersion.MAJOR);
        SampleCollections sample = SampleCollections.of("ACME_PAY", "pay2", "10");

        LoadedCollectionPlugins loaded = new CollectionPluginLoader().load(plugins);
        assertThat(loaded.find("ACME_PAY").orElseThrow())
                .extracting(LoadedCollectionPlugin::source, LoadedCollectionPlugin::version)
                .containsExactly(jar.toAbsolutePath().toString(), "9.9.9");
        try (CollectionHost host = new CollectionHost(loaded,
                List.of(CollectionProviderSettings.enabled("ACME_PAY", Map.of())))) {
            assertThat(host.create(sample.payment(), sample.order(), SampleCollections.NOW))
                    .isEqualTo(new ProviderAnswer.AwaitingPayment("NEW",
                            new PaymentLinks("https://ext.example/pay2", null, null)));
            assertThat(host.inquire(sample.payment())).isEqualTo(new ProviderAnswer.Charged(Money.of("10"), "CHARGED"));
            assertThat(host.refund(sample.refund("10"))).isEqualTo(new RefundAnswer.Known(RefundStatus.SUCCESS,
                    "ext-" + sample.refund("10").uniqueRequestId(), null));
            assertThat(host.verifyWebhook("ACME_PAY", Map.of(), new byte[0])).containsExactly("ext1");
        }
    }

    @Test
    void jarPluginSeesTheCollectionSpiButNeitherOurClassesNorOtherPlugins() throws Exception {
        jars.build(plugins.resolve("acme-pay.jar"), "ACME_PAY", CollectionSpiVersion.MAJOR);
        jars.build(plugins.resolve("bank-pay.jar"), "BANK_PAY", CollectionSpiVersion.MAJOR);

        try (LoadedCollectionPlugins loaded = new CollectionPluginLoader().load(plugins)) {
            ClassLoader acme = loaded.find("ACME_PAY").orElseThrow().plugin().getClass().getClassLoader();
            ClassLoader bank = loaded.find("BANK_PAY").orElseThrow().plugin().getClass().getClassLoader();

            assertThat(acme).isNotSameAs(getClass().getClassLoader()).isNotSameAs(bank);
            assertThat(Class.forName(CollectionPlugin.class.getName(), false, acme)).isSameAs(CollectionPlugin.class);
            assertThat(Class.forName("java.net.http.HttpClient", false, acme)).isNotNull();
            for (String hidden : List.of("io.payout.domain.Order", CollectionHost.class.getName(),
                    "io.payout.gateway.spi.GatewayPlugin", "org.slf4j.Logger", "ext.bank_pay.BANK_PAYPlugin",
                    ClassPathCollectionPlugin.class.getName())) {
                assertThatThrownBy(() -> Class.forName(hidden, false, acme))
                        .as(hidden).isInstanceOf(ClassNotFoundException.class);
            }
        }
    }

    @Test
    void refusesAJarBuiltAgainstAnotherSpiMajorVersionNamingTheJar() throws IOException {
        Path jar = jars.build(plugins.resolve("acme-next.jar"), "ACME_PAY", CollectionSpiVersion.MAJOR + 1);

        assertThatThrownBy(() -> new CollectionPluginLoader().load(plugins))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("collection plugin ACME_PAY from " + jar.toAbsolutePath()
                        + " was built against collection SPI major version " + (CollectionSpiVersion.MAJOR + 1)
                        + "; this host runs " + CollectionSpiVersion.MAJOR);
    }

    @Test
    void refusesTwoJarsWithOneProviderIdNamingBoth() throws IOException {
        Path first = jars.build(plugins.resolve("a-acme.jar"), "ACME_PAY", CollectionSpiVersion.MAJOR);
        Path second = jars.build(plugins.resolve("b-acme.jar"), "ACME_PAY", CollectionSpiVersion.MAJOR);

        assertThatThrownBy(() -> new CollectionPluginLoader().load(plugins))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("collection plugin ACME_PAY from " + second.toAbsolutePath()
                        + " has the same provider id as the one from " + first.toAbsolutePath());
    }

    @Test
    void refusesAJarThatClaimsTheBuiltInSandboxOrAClassPathProvider() throws IOException {
        Path sandbox = jars.build(plugins.resolve("sandbox.jar"), "SANDBOX", CollectionSpiVersion.MAJOR);

        assertThatThrownBy(() -> new CollectionPluginLoader().load(plugins))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("collection plugin SANDBOX from " + sandbox.toAbsolutePath()
                        + " has the same provider id as the one from built in");

        Files.delete(sandbox);
        Path again = jars.build(plugins.resolve("again.jar"), ClassPathCollectionPlugin.ID, CollectionSpiVersion.MAJOR);
        assertThatThrownBy(() -> new CollectionPluginLoader().load(plugins))
                .hasMessage("collection plugin " + ClassPathCollectionPlugin.ID + " from " + again.toAbsolutePath()
                        + " has the same provider id as the one from class path");
    }

    @Test
    void gatewayPluginJarInTheSameDirectoryIsSkipped() throws IOException {
        String exampleJar = System.getProperty("example.plugin.jar");
        Assumptions.assumeTrue(exampleJar != null && Files.exists(Path.of(exampleJar)), "example plugin jar built");
        Files.createDirectories(plugins);
        Files.copy(Path.of(exampleJar), plugins.resolve("example-gateway.jar"));

        try (LoadedCollectionPlugins loaded = new CollectionPluginLoader().load(plugins)) {
            assertThat(loaded.all()).extracting(LoadedCollectionPlugin::providerId)
                    .containsExactly("SANDBOX", ClassPathCollectionPlugin.ID);
        }
    }

    @Test
    void givenPluginsAreCheckedLikeLoadedOnes() {
        assertThatThrownBy(() -> LoadedCollectionPlugins.of(new ScriptedCollectionPlugin("OLD", 0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("collection plugin OLD from given was built against collection SPI major version 0;"
                        + " this host runs " + CollectionSpiVersion.MAJOR);
        assertThatThrownBy(() -> LoadedCollectionPlugins.of(new ScriptedCollectionPlugin("lower-case")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has provider id 'lower-case'");
        assertThatThrownBy(() -> LoadedCollectionPlugins.of(new ScriptedCollectionPlugin("TWICE"),
                new ScriptedCollectionPlugin("TWICE")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("collection plugin TWICE from given has the same provider id as the one from given");
    }
}
