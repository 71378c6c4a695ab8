package io.payout.app;

import static io.payout.app.CallbackChecks.basicAuth;
import static io.payout.app.CallbackChecks.labelValues;
import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.payout.adapters.rest.callback.WebhookSigner;
import io.payout.app.CallbackReceiver.Received;
import io.payout.app.config.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator sets a merchant's callback target and rotates its signing secret with the {@code merchants} command,
 * run as a separate process while a server has the (H2 file) database open: the running server sends the next
 * callbacks there, signed with both secrets, and sends none once the target is cleared.
 */
class CallbackCommandLineTest {
    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("data/payout").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    }

    private String config() throws Exception {
        String yaml = Files.readString(Path.of(ResourceHelpers.resourceFilePath("test-config.yml")))
                .replace("jdbc:h2:mem:placeholder", url());
        Path file = dir.resolve("config.yml");
        Files.writeString(file, yaml);
        return file.toString();
    }

    @Test
    void setWebhookAndRotateWebhookSecretFromTheCommandLineChangeWhatTheRunningServerSends() throws Exception {
        String config = config();
        DropwizardTestSupport<PayoutConfiguration> server = new DropwizardTestSupport<>(PayoutApplication.class,
                config, ConfigOverride.config("database.url", url()));
        server.before();
        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            Persistence sideDoor = Persistence.open(new DatabaseSettings(url(), "sa", ""), new MetricRegistry());
            CallbackMerchant merchant;
            try {
                merchant = CallbackMerchant.create(sideDoor, new HttpApi(server.getLocalPort()));
            } finally {
                sideDoor.close();
            }

            CommandLine.Outcome set = CommandLine.run(dir, Map.of("PAYOUT_HOOK_PASSWORD", "s3cret-hook"), "merchants",
                    "set-webhook", "--merchant-id", merchant.id(), "--url", receiver.url("/acme"), "--username",
                    "payout", "--password-env", "PAYOUT_HOOK_PASSWORD", "--header", "X-Acme-Env: prod", "--labels",
                    "ORDER", config);
            assertThat(set.exitCode()).as(set.stderr()).isZero();
            assertThat(set.value("webhook_url")).isEqualTo(receiver.url("/acme"));
            assertThat(set.value("labels")).isEqualTo("ORDER");
            assertThat(set.stdout() + set.stderr()).doesNotContain("s3cret-hook");

            CommandLine.Outcome rotated = CommandLine.run(dir, "merchants", "rotate-webhook-secret", "--merchant-id",
                    merchant.id(), config);
            assertThat(rotated.exitCode()).as(rotated.stderr()).isZero();
            String newSecret = rotated.value("webhook_secret");
            assertThat(newSecret).startsWith("whsec_").isNotEqualTo(merchant.webhookSecret());
            assertThat(Instant.parse(rotated.value("previous_secret_valid_until")))
                    .isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));

            String orderId = merchant.createOrder(CallbackOrderJson.order("cli-1", "2.00"));
            List<Received> life = receiver.awaitOfOrder(orderId, "the ORDER callbacks", Duration.ofSeconds(20),
                    r -> labelValues(r).contains("ORDER FULFILLMENTS_SUCCESSFUL"));
            assertThat(labelValues(life)).as("only the labels asked for")
                    .containsExactly("ORDER FULFILLMENTS_SCHEDULED", "ORDER FULFILLMENTS_SUCCESSFUL");
            CallbackChecks.assertOnceEachInSequence(orderId, life);
            for (Received callback : life) {
                assertThat(callback.path()).isEqualTo("/acme");
                assertThat(callback.header("Authorization")).isEqualTo(basicAuth("payout", "s3cret-hook"));
                assertThat(callback.header("X-Acme-Env")).isEqualTo("prod");
                String[] signatures = callback.header(WebhookSigner.SIGNATURE_HEADER).split(" ");
                assertThat(signatures).as("one signature per secret during the overlap").hasSize(2);
                CallbackChecks.assertSignedWith(newSecret, callback);
                CallbackChecks.assertSignedWith(merchant.webhookSecret(), callback);
                assertThat(WebhookSigner.verify(newSecret, callback.id(),
                        callback.header(WebhookSigner.TIMESTAMP_HEADER), signatures[0], callback.body(),
                        Instant.now())).as("the new secret's signature first").isTrue();
            }

            CommandLine.Outcome cleared = CommandLine.run(dir, "merchants", "set-webhook", "--merchant-id",
                    merchant.id(), "--clear", config);
            assertThat(cleared.exitCode()).as(cleared.stderr()).isZero();
            assertThat(cleared.value("webhook")).isEqualTo("cleared");
            String quietOrderId = merchant.createOrder(CallbackOrderJson.order("cli-2", "3.00"));
            merchant.awaitOrderStatus("cli-2", "FULFILLMENTS_SUCCESSFUL", Duration.ofSeconds(20));
            assertThat(merchant.deliveryLog("cli-2")).as("no target, no callbacks: the merchant polls").isEmpty();
            assertThat(receiver.ofOrder(quietOrderId)).isEmpty();
        } finally {
            server.after();
        }
    }
}
