package io.payout.gateway.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.NotFoundException;
import io.payout.domain.TransactionRef;
import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.PayoutInstruction;
import io.payout.gateway.spi.SpiVersion;
import io.payout.gateway.spi.WebhookVerification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookThroughHostTest {
    /** Accepts a webhook whose {@code x-sig} header is "ok"; the body lists references, comma-separated. */
    private static final class SigningPlugin implements GatewayPlugin {
        @Override
        public String gatewayId() {
            return "SIGNER";
        }

        @Override
        public Set<String> rails() {
            return Set.of("IMPS");
        }

        @Override
        public int spiMajorVersion() {
            return SpiVersion.MAJOR;
        }

        @Override
        public PayoutGateway create(Map<String, String> configuration) {
            return new PayoutGateway() {
                @Override
                public GatewayResult initiate(PayoutInstruction instruction) {
                    return new GatewayResult.Pending("p", null);
                }

                @Override
                public GatewayResult inquire(String transactionRef) {
                    return new GatewayResult.Pending("p", null);
                }

                @Override
                public WebhookVerification verifyWebhook(Map<String, List<String>> headers, byte[] body) {
                    String text = new String(body, StandardCharsets.UTF_8);
                    if (text.equals("boom")) {
                        throw new IllegalStateException("secret-detail");
                    }
                    return headers.getOrDefault("x-sig", List.of()).contains("ok")
                            ? new WebhookVerification.Verified(Arrays.asList(text.split(",")))
                            : new WebhookVerification.Rejected("bad signature");
                }
            };
        }
    }

    private final GatewayHost host = new GatewayHost(LoadedPlugins.of(new SigningPlugin()),
            List.of(GatewaySettings.enabled("SIGNER", Duration.ofSeconds(1), 2, Map.of())));

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void aSignedWebhookGivesItsWellFormedReferences() {
        assertThat(host.verifyWebhook("SIGNER", Map.of("x-sig", List.of("ok")), bytes("ref1,bad ref!,ref-2")))
                .contains(List.of(new TransactionRef("ref1"), new TransactionRef("ref-2")));
    }

    @Test
    void anUnsignedWebhookIsRejected() {
        assertThat(host.verifyWebhook("SIGNER", Map.of("x-sig", List.of("forged")), bytes("ref1"))).isEmpty();
        assertThat(host.verifyWebhook("SIGNER", Map.of(), bytes("ref1"))).isEmpty();
    }

    @Test
    void aPluginThatThrowsRejectsTheWebhook() {
        assertThat(host.verifyWebhook("SIGNER", Map.of("x-sig", List.of("ok")), bytes("boom"))).isEmpty();
    }

    @Test
    void aGatewayThatDoesNotRunHereIsNotFound() {
        assertThatThrownBy(() -> host.verifyWebhook("NOPE", Map.of(), bytes("x")))
                .isInstanceOf(NotFoundException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
