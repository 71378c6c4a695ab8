package io.payout.app;

import static io.payout.app.CallbackChecks.SUCCESSFUL_PAYOUT;
import static io.payout.app.CallbackChecks.assertOnceEachInSequence;
import static io.payout.app.CallbackChecks.assertSignedWith;
import static io.payout.app.CallbackChecks.labelValues;
import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.payout.app.CallbackReceiver.Received;
import io.payout.app.config.DatabaseSettings;
import io.payout.domain.WebhookTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox survives the instance: status changes are made by an instance whose relay is off (as if it died
 * after each change and before posting), and a second instance on the same database delivers every callback, in
 * sequence, once per id. Run once per database.
 */
abstract class CallbackOutboxRestartContract {
    private static final Duration PAYOUT = Duration.ofSeconds(20);
    private final CallbackReceiver receiver = CallbackReceiver.start();

    /** The JDBC URL of a database of this test's own, shared by both instances. */
    abstract String databaseUrl();

    abstract String databaseUser();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private DropwizardTestSupport<PayoutConfiguration> instance(boolean callbacks) {
        return new DropwizardTestSupport<>(PayoutApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"),
                ConfigOverride.config("database.url", databaseUrl()),
                ConfigOverride.config("database.user", databaseUser()),
                ConfigOverride.config("callbacks.enabled", Boolean.toString(callbacks)));
    }

    @Test
    void callbacksLeftInTheOutboxByAStoppedInstanceAreDeliveredInSequenceOnceEachByTheNext() throws Exception {
        Map<String, String> orderIds = new LinkedHashMap<>();
        CallbackMerchant merchant;
        DropwizardTestSupport<PayoutConfiguration> first = instance(false);
        first.before();
        try (AutoCloseableSideDoor sideDoor = new AutoCloseableSideDoor(Persistence.open(
                new DatabaseSettings(databaseUrl(), databaseUser(), ""), new MetricRegistry()))) {
            merchant = CallbackMerchant.create(sideDoor.persistence(), new HttpApi(first.getLocalPort()))
                    .subscribe(sideDoor.persistence(), new WebhookTarget(receiver.url("/hooks"), "u", "p", null));
            for (String amount : List.of("5", "9")) {
                orderIds.put("restart-" + amount, merchant.createOrder(CallbackOrderJson.order("restart-" + amount,
                        amount + ".00")));
            }
            for (String merchantOrderId : orderIds.keySet()) {
                merchant.awaitOrderStatus(merchantOrderId, "FULFILLMENTS_SUCCESSFUL", PAYOUT);
                JsonNode log = merchant.deliveryLog(merchantOrderId);
                assertThat(log).as("written with the status changes").hasSize(6);
                assertThat(log).allSatisfy(callback -> {
                    assertThat(callback.get("status").asText()).isEqualTo("PENDING");
                    assertThat(callback.get("attempts")).isEmpty();
                });
            }
        } finally {
            first.after();
        }
        Instant firstStopped = Instant.now();
        assertThat(receiver.received()).as("nothing posted by the instance without a relay").isEmpty();

        DropwizardTestSupport<PayoutConfiguration> second = instance(true);
        second.before();
        try {
            CallbackMerchant again = merchant.via(new HttpApi(second.getLocalPort()));
            for (Map.Entry<String, String> order : orderIds.entrySet()) {
                List<Received> life = receiver.awaitOfOrder(order.getValue(), "the whole life delivered", PAYOUT,
                        r -> labelValues(r).contains("ORDER FULFILLMENTS_SUCCESSFUL"));
                assertThat(labelValues(life)).containsExactlyElementsOf(SUCCESSFUL_PAYOUT);
                assertOnceEachInSequence(order.getValue(), life);
                for (Received callback : life) {
                    assertSignedWith(merchant.webhookSecret(), callback);
                    assertThat(Instant.parse(callback.json().get("occurredAt").asText()))
                            .as("when the change happened, not when it was sent").isBefore(firstStopped);
                }
                JsonNode log = again.awaitDeliveryLog(order.getKey(), "all delivered", Duration.ofSeconds(5),
                        l -> CallbackMerchant.all(l, 6, "DELIVERED"));
                assertThat(log).allSatisfy(callback -> assertThat(callback.get("attempts")).hasSize(1));
                assertThat(receiver.ofOrder(order.getValue())).as("once per id").hasSize(6);
            }
        } finally {
            second.after();
        }
    }

    /** The test's own pool on the database, closed with try-with-resources. */
    private record AutoCloseableSideDoor(Persistence persistence) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            persistence.close();
        }
    }
}
