package io.payout.gateway.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.domain.MethodId;
import io.payout.domain.attempt.GatewayResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar the {@code example-external-plugin} module builds, dropped into a plugins directory as a gateway team
 * would: loaded in its own class loader, started, and paid through. The build hands its path over in the system
 * property {@code example.plugin.jar} (and keeps the module off this module's test class path).
 */
class ExampleExternalPluginTest {
    @TempDir
    Path temp;

    @Test
    void theExampleJarIsLoadedFromThePluginsDirectoryAndPays() throws Exception {
        Path plugins = dropExampleJarInto(temp.resolve("plugins"));
        SamplePayouts payout = SamplePayouts.of("EXAMPLE_IMPS", "5.00");

        LoadedPlugins loaded = new PluginLoader().load(plugins);
        LoadedPlugin example = loaded.find("EXAMPLE").orElseThrow();
        assertThat(example.source()).isEqualTo(plugins.resolve("example-external-plugin.jar").toAbsolutePath().toString());
        try (GatewayHost host = new GatewayHost(loaded, List.of(GatewaySettings.enabled("EXAMPLE",
                Duration.ofSeconds(2), 2, Map.of("api-key", "example-key"))))) {
            assertThat(host.enabledMethods()).containsExactly(new MethodId("EXAMPLE_IMPS"));
            assertThat(host.initiate(payout.fulfillment(), payout.transaction()))
                    .isInstanceOf(GatewayResult.Succeeded.class);
            assertThat(host.inquire(payout.transaction())).isInstanceOf(GatewayResult.Succeeded.class);
        }
    }

    @Test
    void theExamplePluginsClassLoaderSeesNoneOfOurClasses() throws Exception {
        Path plugins = dropExampleJarInto(temp.resolve("plugins"));

        try (LoadedPlugins loaded = new PluginLoader().load(plugins)) {
            ClassLoader example = loaded.find("EXAMPLE").orElseThrow().plugin().getClass().getClassLoader();

            assertThat(example).isNotSameAs(getClass().getClassLoader());
            assertThatThrownBy(() -> Class.forName("io.payout.domain.Order", false, example))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> Class.forName(GatewayHost.class.getName(), false, example))
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    private static Path dropExampleJarInto(Path plugins) throws Exception {
        String built = System.getProperty("example.plugin.jar");
        assertThat(built).as("system property example.plugin.jar (set by the build)").isNotBlank();
        assertThat(Path.of(built)).as("the example plugin jar: build example-external-plugin first").isRegularFile();
        Files.createDirectories(plugins);
        Files.copy(Path.of(built), plugins.resolve("example-external-plugin.jar"));
        return plugins;
    }
}
