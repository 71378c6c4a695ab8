package io.payout.chaos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.payout.gateway.razorpayx.RazorpayXGatewayPlugin;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.WebhookVerification;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The fake's webhooks are RazorpayX's as the bundled connector verifies them: genuine ones hold, every forged kind is
 * rejected; irregular deliveries are what they say; sending counts what the service answered.
 */
class FakeRazorpayXWebhooksTest {
    private static final FakeRazorpayXWebhooks.Shares NONE = new FakeRazorpayXWebhooks.Shares(0, 0, 0, 0, 20_000);
    private final PayoutGateway connector = new RazorpayXGatewayPlugin().create(Map.of("base-url", "http://127.0.0.1:9",
            "key-id", "k", "key-secret", "s", "account-number", "1", "webhook-secret", ChaosMain.WEBHOOK_SECRET));
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final FakePayoutLedger ledger = new FakePayoutLedger(now::get);
    private final List<FakePayoutLedger.Change> changes = new ArrayList<>();

    FakeRazorpayXWebhooksTest() {
        ledger.onChange(changes::add);
    }

    @Test
    void genuineWebhooksHoldAndEveryKindOfForgeryIsRejected() {
        FakeRazorpayXWebhooks webhooks = webhooks(new FakeRazorpayXWebhooks.Shares(0.3, 0.2, 0.2, 0.6, 20_000), List.of());
        ledger.create("chaosref1", "9100", 1200, 0, 0);
        ledger.advance();
        Set<FakeRazorpayXWebhooks.Kind> kinds = EnumSet.noneOf(FakeRazorpayXWebhooks.Kind.class);
        for (int seed = 0; seed < 200; seed++) {
            for (FakeRazorpayXWebhooks.Delivery delivery : webhooks.plan(changes.get(seed % 2), "evt", new Random(seed))) {
                kinds.add(delivery.kind());
                WebhookVerification verification = connector.verifyWebhook(headers(delivery), delivery.body());
                if (delivery.forged()) {
                    assertInstanceOf(WebhookVerification.Rejected.class, verification, delivery.kind().name());
                } else {
                    assertEquals(new WebhookVerification.Verified(List.of("chaosref1")), verification);
                }
            }
        }
        assertEquals(EnumSet.allOf(FakeRazorpayXWebhooks.Kind.class), kinds);
    }

    @Test
    void aForgedWebhookClaimsTheOppositeOfWhatBecomesOfThePayout() {
        FakeRazorpayXWebhooks webhooks = webhooks(new FakeRazorpayXWebhooks.Shares(0, 0, 0, 1, 20_000), List.of());
        ledger.create("paid", "9100", 1200, 0, 0);
        ledger.create("refused", "9200", 1213, 0, 0);
        ledger.create("reversed", "9300", 1255, 0, 0);

        List<String> claims = new ArrayList<>();
        for (FakePayoutLedger.Change change : changes) {
            FakeRazorpayXWebhooks.Delivery forged = webhooks.plan(change, "evt", new Random(1)).get(1);
            claims.add(forged.reference() + " " + forged.claim() + " " + new String(forged.body()).contains("\"status\":\""
                    + forged.claim() + "\""));
        }
        assertEquals(List.of("paid failed true", "refused processed true", "reversed processed true"), claims);
    }

    @Test
    void anEventHeldBackArrivesAfterThePayoutsNextChangeAndADuplicateRepeatsIt() {
        FakeRazorpayXWebhooks webhooks = webhooks(new FakeRazorpayXWebhooks.Shares(1, 0, 1, 0, 20_000), List.of());
        ledger.create("slow", "9100", 1200, 1_000, 0);

        List<FakeRazorpayXWebhooks.Delivery> deliveries = webhooks.plan(changes.get(0), "evt_7", new Random(3));

        assertEquals("out of order", deliveries.get(0).irregularity());
        assertTrue(deliveries.get(0).delayMillis() >= 1_500, "after the payout settles, 1 s after its creation");
        assertEquals("duplicate", deliveries.get(1).irregularity());
        assertEquals("evt_7", deliveries.get(1).eventId());
        assertArrayEquals(deliveries.get(0).body(), deliveries.get(1).body());
        assertTrue(deliveries.get(1).delayMillis() >= deliveries.get(0).delayMillis());
    }

    @Test
    void aLateEventWaitsAtLeastAQuarterOfTheLateTime() {
        FakeRazorpayXWebhooks webhooks = webhooks(new FakeRazorpayXWebhooks.Shares(0, 1, 0, 0, 20_000), List.of());
        ledger.create("late", "9100", 1200, 0, 0);

        FakeRazorpayXWebhooks.Delivery delivery = webhooks.plan(changes.get(0), "evt", new Random(5)).get(0);

        assertEquals("late", delivery.irregularity());
        assertTrue(delivery.delayMillis() >= 5_000 && delivery.delayMillis() <= 20_200, "" + delivery.delayMillis());
    }

    @Test
    void sendingCountsWhatTheEndpointAnsweredAndAnInstanceDownLosesTheWebhook() throws Exception {
        HttpServer endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        endpoint.createContext("/payout/gateways/RAZORPAYX/webhooks", exchange -> {
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values));
            boolean holds = connector.verifyWebhook(headers, exchange.getRequestBody().readAllBytes())
                    instanceof WebhookVerification.Verified;
            exchange.sendResponseHeaders(holds ? 200 : 401, -1);
            exchange.close();
        });
        endpoint.start();
        FaultCounter faults = new FaultCounter();
        try (FakeRazorpayXWebhooks live = new FakeRazorpayXWebhooks(ChaosMain.WEBHOOK_SECRET,
                () -> List.of("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/payout"),
                new FakeRazorpayXWebhooks.Shares(0, 0, 0, 1, 20_000), 1, faults);
             FakeRazorpayXWebhooks down = webhooks(NONE, List.of("http://127.0.0.1:" + ChaosMain.freePort() + "/payout"))) {
            ledger.onChange(change -> {
                live.publish(change);
                down.publish(change);
            });
            ledger.create("chaosref2", "9100", 1200, 0, 0);
            ledger.advance();
            long deadline = System.currentTimeMillis() + 10_000;
            while ((live.inFlight() > 0 || down.inFlight() > 0) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }

            assertEquals(Map.of("genuine accepted (2xx)", 2, "forged refused (401)", 2), live.outcomes());
            assertEquals(Map.of("genuine lost (no answer)", 2), down.outcomes());
            assertEquals(2, live.forgedClaims().size());
            assertEquals(2, faults.get("webhook forged"));
        } finally {
            endpoint.stop(0);
        }
    }

    private FakeRazorpayXWebhooks webhooks(FakeRazorpayXWebhooks.Shares shares, List<String> targets) {
        return new FakeRazorpayXWebhooks(ChaosMain.WEBHOOK_SECRET, () -> targets, shares, 1, new FaultCounter());
    }

    private static Map<String, List<String>> headers(FakeRazorpayXWebhooks.Delivery delivery) {
        return delivery.signature() == null ? Map.of()
                : Map.of("x-razorpay-signature", List.of(delivery.signature()));
    }
}
