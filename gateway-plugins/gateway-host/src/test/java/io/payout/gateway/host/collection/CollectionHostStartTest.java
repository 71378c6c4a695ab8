package io.payout.gateway.host.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectionHostStartTest {
    @Test
    void startsTheEnabledProvidersWithTheirSettingsOnly() {
        ScriptedCollectionPlugin scripted = new ScriptedCollectionPlugin("SCRIPTED");
        ScriptedCollectionPlugin off = new ScriptedCollectionPlugin("OFF");

        try (CollectionHost host = new CollectionHost(LoadedCollectionPlugins.of(scripted, off), List.of(
                CollectionProviderSettings.enabled("SCRIPTED", Map.of("api-key", "k1")),
                new CollectionProviderSettings("OFF", false, Map.of())))) {
            assertThat(host.isConfigured("SCRIPTED")).isTrue();
            assertThat(host.isConfigured("OFF")).isFalse();
            assertThat(host.isConfigured("SANDBOX")).isFalse();
            assertThat(host.isConfigured(null)).isFalse();
            assertThat(scripted.configuration).containsExactly(Map.entry("api-key", "k1"));
            assertThat(off.configuration).isNull();
        }
    }

    @Test
    void refusesAConfiguredProviderWithoutAPlugin() {
        assertThatThrownBy(() -> new CollectionHost(LoadedCollectionPlugins.of(),
                List.of(CollectionProviderSettings.enabled("EXPRESS_CHECKOUT", Map.of()))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("collection provider EXPRESS_CHECKOUT is configured but no plugin provides it");
    }

    @Test
    void refusesAProviderConfiguredTwiceAndClosesWhatItStarted() {
        ScriptedCollectionPlugin scripted = new ScriptedCollectionPlugin("SCRIPTED");

        assertThatThrownBy(() -> new CollectionHost(LoadedCollectionPlugins.of(scripted), List.of(
                CollectionProviderSettings.enabled("SCRIPTED", Map.of()),
                new CollectionProviderSettings("SCRIPTED", false, Map.of()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("collection provider SCRIPTED is configured twice");
        assertThat(scripted.provider.closed).isTrue();
    }

    @Test
    void settingsThePluginRefusesStopTheStartNamingTheKeysNotTheValues() {
        assertThatThrownBy(() -> new CollectionHost(LoadedCollectionPlugins.of(new ScriptedCollectionPlugin("SCRIPTED")),
                List.of(CollectionProviderSettings.enabled("SCRIPTED", Map.of("refuse", "s3cr3t-value")))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("collection provider SCRIPTED refused its settings (keys [refuse])")
                .hasMessageContaining("'api-key' is required")
                .hasMessageNotContaining("s3cr3t-value");
    }

    @Test
    void settingsCheckTheIdAndShowOnlyTheirKeys() {
        assertThatThrownBy(() -> new CollectionProviderSettings("express-checkout", true, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'express-checkout'");
        assertThatThrownBy(() -> new CollectionProviderSettings(null, true, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);

        CollectionProviderSettings settings = CollectionProviderSettings.enabled("EXPRESS_CHECKOUT",
                Map.of("api-key", "very-secret-key"));

        assertThat(settings.toString()).contains("api-key").doesNotContain("very-secret-key");
        assertThat(new CollectionProviderSettings("SANDBOX", true, null).settings()).isEmpty();
    }

    @Test
    void closeClosesTheProviders() {
        ScriptedCollectionPlugin scripted = new ScriptedCollectionPlugin("SCRIPTED");
        CollectionHost host = new CollectionHost(LoadedCollectionPlugins.of(scripted),
                List.of(CollectionProviderSettings.enabled("SCRIPTED", Map.of())));

        host.close();

        assertThat(scripted.provider.closed).isTrue();
    }
}
