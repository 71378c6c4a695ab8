package io.payout.gateway.host.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.engine.WebhookRejectedException;
import io.payout.collection.spi.WebhookParse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CollectionWebhookTest {
    private static final byte[] BODY = "{}".getBytes();
    private final ScriptedCollectionPlugin plugin = new ScriptedCollectionPlugin("SCRIPTED");
    private final CollectionHost host = new CollectionHost(LoadedCollectionPlugins.of(plugin), List.of(
            CollectionProviderSettings.enabled("SCRIPTED", Map.of()),
            CollectionProviderSettings.enabled("SANDBOX", Map.of())));

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void authenticWebhookAnswersTheOrderIdsItNames() {
        plugin.provider.webhookAnswer = () -> new WebhookParse(true, List.of("pay1", "pay2"), "ORDER_SUCCEEDED");

        assertThat(host.verifyWebhook("SCRIPTED", Map.of(), BODY)).containsExactly("pay1", "pay2");
    }

    @Test
    void authenticWebhookNamingNothingWeCouldUseAnswersNoIds() {
        plugin.provider.webhookAnswer = () -> new WebhookParse(true, List.of("../../etc", "x".repeat(65)), null);

        assertThat(host.verifyWebhook("SCRIPTED", Map.of(), BODY)).isEmpty();
    }

    @Test
    void webhookThatIsNotAuthenticIsRejected() {
        plugin.provider.webhookAnswer = WebhookParse::rejected;

        assertThatThrownBy(() -> host.verifyWebhook("SCRIPTED", Map.of(), BODY))
                .isInstanceOf(WebhookRejectedException.class).hasMessage("the SCRIPTED webhook is not authentic");
    }

    @Test
    void providerThatThrowsOrAnswersNothingRejectsTheWebhook() {
        plugin.provider.webhookAnswer = () -> {
            throw new IllegalStateException("boom");
        };
        assertThatThrownBy(() -> host.verifyWebhook("SCRIPTED", Map.of(), BODY))
                .isInstanceOf(WebhookRejectedException.class);

        plugin.provider.webhookAnswer = () -> null;
        assertThatThrownBy(() -> host.verifyWebhook("SCRIPTED", Map.of(), BODY))
                .isInstanceOf(WebhookRejectedException.class);
    }

    @Test
    void webhookForAProviderNotRunningHereIsRejected() {
        assertThatThrownBy(() -> host.verifyWebhook("EXPRESS_CHECKOUT", Map.of(), BODY))
                .isInstanceOf(WebhookRejectedException.class)
                .hasMessage("no collection provider EXPRESS_CHECKOUT runs here");
        assertThatThrownBy(() -> host.verifyWebhook(null, Map.of(), BODY))
                .isInstanceOf(WebhookRejectedException.class);
    }

    @Test
    void sandboxRejectsEveryWebhook() {
        assertThatThrownBy(() -> host.verifyWebhook("SANDBOX", Map.of("authorization", List.of("Basic eDp5")), BODY))
                .isInstanceOf(WebhookRejectedException.class);
    }
}
