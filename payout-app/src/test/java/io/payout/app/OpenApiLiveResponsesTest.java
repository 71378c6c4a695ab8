package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.OpenApiResource;
import io.payout.app.CallbackReceiver.Received;
import io.payout.app.CheckedApi.Exchange;
import io.payout.app.openapi.Conformance;
import io.payout.app.openapi.OpenApiDescription;
import io.payout.app.openapi.OpenApiDescription.Operation;
import io.payout.app.openapi.RegisteredOperations;
import io.payout.domain.WebhookTarget;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI description is true: the whole application, started for real on H2 and paying through the DUMMY
 * sandbox, is driven through every operation it serves and their main errors, and every response (status, headers,
 * body) and every received callback is checked against openapi.yaml ({@link CheckedApi}); every described operation
 * is served and every served one described. Run the whole class: the last test says whether every served operation
 * was exercised.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiLiveResponsesTest {
    private static final Duration PAYOUT = Duration.ofSeconds(30);
    private static final String URL = CallbackApps.h2Url("openapi");
    /** A limit the flows stay under (a fresh merchant each) and the rate limit test gets past cheaply. */
    private static final int BURST = 150;
    static final DropwizardAppExtension<PayoutConfiguration> APP = CallbackApps.onH2(URL,
            ConfigOverride.config("rateLimit.requestsPerSecond", "5"),
            ConfigOverride.config("rateLimit.burst", Integer.toString(BURST)),
            ConfigOverride.config("authFailureLimit.maxFailures", "5"),
            ConfigOverride.config("authFailureLimit.per", "1 minute"),
            ConfigOverride.config("authFailureLimit.trustedProxies", "127.0.0.1"));
    private static final OpenApiDescription SPEC = OpenApiDescription.load();
    private static final Conformance CONFORMANCE = new Conformance(SPEC);
    private static final Set<String> EXERCISED = ConcurrentHashMap.newKeySet();
    private static final Set<String> RAN = ConcurrentHashMap.newKeySet();
    private static Persistence sideDoor;
    private CheckedApi api;
    private CallbackReceiver receiver;
    private CallbackMerchant merchant;

    @BeforeAll
    static void openSideDoor() {
        sideDoor = CallbackApps.sideDoor(URL);
    }

    @AfterAll
    static void closeSideDoor() throws Exception {
        sideDoor.close();
    }

    @BeforeEach
    void newMerchant(TestInfo test) {
        RAN.add(test.getTestMethod().orElseThrow().getName());
        api = new CheckedApi(APP.getLocalPort(), CONFORMANCE, EXERCISED);
        receiver = CallbackReceiver.start();
        merchant = CallbackMerchant.create(sideDoor, new HttpApi(APP.getLocalPort()))
                .subscribe(sideDoor, new WebhookTarget(receiver.url("/hook"), "payout", "s3cret", null));
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    @Order(1)
    void orderCreateRepeatConflictInvalidInputAndStatusAreAsDescribed() throws Exception {
        String body = order("oa-1001", "7.00", "cust-1", "{\"remark\": \"salary\"}");
        Exchange created = api.post("/merchant/v1/orders", key(), body);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("status").asText()).isEqualTo("READY_FOR_FULFILLMENT");

        Exchange repeated = api.post("/merchant/v1/orders", key(), body.replace("7.00", "7.0"));
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.json().path("id")).isEqualTo(created.json().path("id"));
        assertThat(api.post("/merchant/v1/orders", key(), body.replace("7.00", "8.00")).errorCode()).isEqualTo("E05");
        Exchange invalid = api.post("/merchant/v1/orders", key(), order("oa-1002", "7.00", "cust-1", "{}")
                .replace("YESB0000262", "YESB1000262"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errorMessage").asText()).contains("ifsc");
        assertThat(api.post("/merchant/v1/orders", key(), "{\"orderId\": ").errorCode()).isEqualTo("E01");
        assertThat(api.send("POST", "/merchant/v1/orders", key(), "text/plain", body).status()).isEqualTo(415);
        assertThat(api.post("/merchant/v1/orders", key(), body, "Accept", "text/html").status()).isEqualTo(406);
        assertThat(api.post("/merchant/v1/orders", key(), "{\"pad\": \"" + "x".repeat(1024 * 1024) + "\"}")
                .status()).isEqualTo(413);

        assertThat(api.get("/merchant/v1/orders/oa-1001", key()).status()).isEqualTo(200);
        assertThat(api.get("/merchant/v1/orders/oa-1001?expand=fulfillment,payment,refund", key()).status())
                .isEqualTo(200);
        assertThat(api.get("/merchant/v1/orders/oa-1001?expand=everything", key()).errorCode()).isEqualTo("E01");
        assertThat(api.get("/merchant/v1/orders/ab", key()).errorCode()).isEqualTo("E01");
        assertThat(api.get("/merchant/v1/orders/oa-9999", key()).errorCode()).isEqualTo("E09");

        JsonNode paid = awaitOrder("oa-1001", o -> o.path("status").asText().equals("FULFILLMENTS_SUCCESSFUL"));
        assertThat(paid.at("/fulfillments/0/transactions/0/status").asText()).isIn("SUCCESS", "CONFLICTED");
    }

    @Test
    @Order(2)
    void authenticationAndRequestIdAnswersAreAsDescribed() {
        api.post("/merchant/v1/orders", key(), order("oa-2001", "3.00", "cust-1", "{}"));

        Exchange missing = api.get("/merchant/v1/orders/oa-2001", null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.errorCode()).isEqualTo("E04");
        Exchange notBasic = api.get("/merchant/v1/orders/oa-2001", null, "Authorization", "Bearer abc");
        assertThat(notBasic.errorCode()).isEqualTo("E04");
        Exchange wrongKey = api.get("/merchant/v1/orders/oa-2001", "0".repeat(64));
        assertThat(wrongKey.status()).isEqualTo(401);
        assertThat(wrongKey.errorCode()).isEqualTo("E02");
        Exchange otherMerchant = api.get("/merchant/v1/orders/oa-2001", key(), "x-merchantid", "someone-else");
        assertThat(otherMerchant.status()).isEqualTo(403);
        assertThat(otherMerchant.errorCode()).isEqualTo("E08");

        Exchange own = api.get("/merchant/v1/orders/oa-2001", key(), "x-merchantid", merchant.id(),
                "x-request-id", "merchant-req.42");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.header("x-request-id")).isEqualTo("merchant-req.42");
        assertThat(api.get("/merchant/v1/orders/oa-2001", key(), "x-request-id", "not sane!").header("x-request-id"))
                .matches("[0-9a-f]{16}");
    }

    @Test
    @Order(3)
    void listingPagesAndItsErrorsAreAsDescribed() {
        String customer = "list-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 3; i++) {
            assertThat(api.post("/merchant/v1/orders", key(), order("oa-300" + i, "2.00", customer, "{}")).status())
                    .isEqualTo(200);
        }

        Exchange first = api.get("/merchant/v1/orders?customerId=" + customer + "&limit=2", key());
        assertThat(first.json().path("orders")).hasSize(2);
        String cursor = first.json().path("nextCursor").asText();
        Exchange second = api.get("/merchant/v1/orders?customerId=" + customer + "&limit=2&cursor=" + cursor, key());
        assertThat(second.json().path("orders")).hasSize(1);
        assertThat(second.json().has("nextCursor")).isFalse();
        assertThat(api.get("/merchant/v1/orders?status=FULFILLMENTS_FAILURE,FULFILLMENTS_SUCCESSFUL"
                + "&createdFrom=2024-01-15T10:00:00Z", key()).status()).isEqualTo(200);

        assertThat(api.get("/merchant/v1/orders?limit=0", key()).errorCode()).isEqualTo("E01");
        assertThat(api.get("/merchant/v1/orders?status=PAID", key()).errorCode()).isEqualTo("E01");
        assertThat(api.get("/merchant/v1/orders?cursor=not-a-cursor", key()).errorCode()).isEqualTo("E01");
        assertThat(api.get("/merchant/v1/orders?customerId=other&cursor=" + cursor, key()).errorCode())
                .isEqualTo("E01");
    }

    @Test
    @Order(4)
    void cancelAndItsRefusalsAreAsDescribed() {
        String later = Instant.now().plus(Duration.ofDays(1)).toString();
        Exchange created = api.post("/merchant/v1/orders", key(),
                order("oa-4001", "4.00", "cust-1", "{\"scheduleTime\": \"" + later + "\"}"));
        String fulfillmentId = created.json().at("/fulfillments/0/id").asText();

        Exchange cancelled = api.post("/merchant/v1/fulfillment/" + fulfillmentId + "/cancel", key(), null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
        Exchange again = api.post("/merchant/v1/fulfillment/" + fulfillmentId + "/cancel", key(), "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("E05");

        String orderId = created.json().path("id").asText();
        assertThat(api.post("/merchant/v1/fulfillment/" + orderId + "-f9/cancel", key(), null).errorCode())
                .isEqualTo("E09");
        assertThat(api.post("/merchant/v1/fulfillment/nonsense/cancel", key(), null).status()).isEqualTo(404);
        assertThat(api.send("POST", "/merchant/v1/fulfillment/" + fulfillmentId + "/cancel", key(), "text/plain",
                "cancel please").status()).isEqualTo(415);
        assertThat(api.post("/merchant/v1/fulfillment/" + fulfillmentId + "/cancel", key(), "[1]").errorCode())
                .isEqualTo("E01");
        assertThat(api.get("/merchant/v1/orders/oa-4001", key()).json().path("status").asText())
                .isEqualTo("FULFILLMENTS_CANCELLED");
    }

    @Test
    @Order(5)
    void callbacksTheirDeliveryLogAndRedeliveryAreAsDescribed() throws Exception {
        api.post("/merchant/v1/orders", key(), order("oa-5001", "5.00", "cust-1", "{}"));
        awaitOrder("oa-5001", o -> o.path("status").asText().equals("FULFILLMENTS_SUCCESSFUL"));
        JsonNode log = await(() -> api.get("/merchant/v1/orders/oa-5001/callbacks", key()).json(),
                l -> CallbackMerchant.all(l.path("callbacks"), 5, "DELIVERED")
                        && lastLabelValue(l).equals("ORDER FULFILLMENTS_SUCCESSFUL"));

        String first = log.at("/callbacks/0/id").asText();
        Exchange redelivered = api.post("/merchant/v1/callbacks/" + first + "/redeliver", key(), null);
        assertThat(redelivered.status()).isEqualTo(202);
        assertThat(api.post("/merchant/v1/callbacks/" + first.replace("-c1", "-c999") + "/redeliver", key(), null)
                .errorCode()).isEqualTo("E09");
        assertThat(api.post("/merchant/v1/callbacks/nonsense/redeliver", key(), null).status()).isEqualTo(404);
        assertThat(api.get("/merchant/v1/orders/oa-5999/callbacks", key()).errorCode()).isEqualTo("E09");
        assertThat(api.get("/merchant/v1/orders/ab/callbacks", key()).errorCode()).isEqualTo("E01");

        await(() -> receiver.received().size(), n -> n > log.path("callbacks").size());
        assertReceivedCallbacksAreAsDescribed(Set.of("ORDER", "FULFILLMENT_ORDER", "FULFILLMENT_TXN"));
    }

    @Test
    @Order(6)
    void payAndFulfillWithTheSandboxItsRefundAndItsCallbacksAreAsDescribed() throws Exception {
        Exchange created = api.post("/merchant/v1/orders", key(), order("oa-6001", "30.00", "cust-1", "{}")
                .replace("\"customerId\"", "\"type\": \"PAY_AND_FULFILL\", \"refundOnFailure\": true, \"customerId\""));
        assertThat(created.json().path("status").asText()).isEqualTo("CREATED");
        String paymentId = created.json().at("/payments/0/id").asText();

        Exchange paid = api.post("/sandbox/collections/" + paymentId + "/pay", null, null);
        assertThat(paid.json().path("status").asText()).isEqualTo("PAID");
        Exchange link = api.get("/sandbox/collections/" + paymentId, null);
        assertThat(link.status()).isEqualTo(200);
        assertThat(link.body()).contains("Payment received");
        assertThat(api.get("/sandbox/collections/nosuchpayment", null).status()).isEqualTo(404);
        assertThat(api.post("/sandbox/collections/nosuchpayment/pay", null, null).errorCode()).isEqualTo("E09");

        JsonNode refunded = awaitOrder("oa-6001", o -> o.at("/refunds/0/status").asText().equals("SUCCESS"));
        assertThat(refunded.path("status").asText()).isEqualTo("FULFILLMENTS_FAILURE");
        assertThat(refunded.at("/payments/0/status").asText()).isEqualTo("CHARGED");
        await(() -> receiver.received().stream().map(Received::labelValue).toList(),
                labels -> labels.contains("REFUND SUCCESS"));
        assertReceivedCallbacksAreAsDescribed(Set.of("ORDER", "FULFILLMENT_ORDER", "FULFILLMENT_TXN", "REFUND"));
    }

    @Test
    @Order(7)
    void inboundWebhooksRefuseWhatIsNotAuthenticAsDescribed() {
        Exchange unsigned = api.post("/gateways/DUMMY/webhooks", null, "{\"event\": \"payout.processed\"}");
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.errorCode()).isEqualTo("E07");
        assertThat(api.post("/gateways/NOPE/webhooks", null, "{}").errorCode()).isEqualTo("E09");
        assertThat(api.post("/webhooks/collections/SANDBOX", null, "{\"order_id\": \"P1\"}").errorCode())
                .isEqualTo("E07");
        assertThat(api.post("/webhooks/collections/NOPE", null, "{}").errorCode()).isEqualTo("E09");
        assertThat(api.post("/webhooks/express-checkout", null, "{}").errorCode())
                .as("Express Checkout is not configured in the test configuration").isEqualTo("E09");
    }

    @Test
    @Order(8)
    void theDescriptionIsServedAsIsWithoutAKey() {
        Exchange served = api.get("/openapi.yaml", null);

        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Type")).startsWith("application/yaml");
        assertThat(served.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(OpenApiResource.read());
    }

    @Test
    @Order(9)
    void theRateLimitAnswerIsAsDescribed() {
        Exchange answer = null;
        for (int i = 0; i <= BURST + 50 && (answer == null || answer.status() != 429); i++) {
            answer = api.get("/merchant/v1/orders/oa-9001", key());
        }

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.errorCode()).isEqualTo("E10");
        assertThat(Integer.parseInt(answer.header("Retry-After"))).isPositive();
    }

    @Test
    @Order(10)
    void theFailedAuthenticationLimitAnswerIsAsDescribed() {
        Exchange answer = null;
        for (int i = 0; i <= 10 && (answer == null || answer.status() != 429); i++) {
            answer = api.get("/merchant/v1/orders/oa-9002", "0".repeat(63) + i, "X-Forwarded-For", "198.51.100.77");
        }
        Exchange withValidKey = api.get("/merchant/v1/orders/oa-9002", key(), "X-Forwarded-For", "198.51.100.77");

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.errorCode()).isEqualTo("E10");
        assertThat(withValidKey.status()).isEqualTo(429);
        assertThat(Integer.parseInt(withValidKey.header("Retry-After"))).isPositive();
    }

    @Test
    @Order(20)
    void beneficiariesAreAsDescribed() throws Exception {
        String bene = """
                {"beneId": "bene-1", "customerId": "cust-1", "command": "VALIDATE",
                 "beneDetails": {"type": "UPI_ID", "details": {"name": "Ravi Kumar", "vpa": "success@upi"}}}
                """;
        assertThat(api.post("/merchant/v2/benedetails", key(), bene).status()).isEqualTo(200);
        assertThat(api.post("/merchant/v2/benedetails", key(), bene).status()).isEqualTo(200);
        assertThat(api.post("/merchant/v2/benedetails", key(), bene.replace("success@upi", "other@upi")).errorCode())
                .isEqualTo("E05");
        assertThat(api.post("/merchant/v2/benedetails", key(), bene.replace("UPI_ID", "CARD")).errorCode())
                .isEqualTo("E01");
        JsonNode valid = await(() -> api.get("/merchant/v2/benedetails/cust-1/bene-1", key()).json(),
                b -> b.path("status").asText().equals("VALID"));
        assertThat(valid.path("beneId").asText()).isEqualTo("bene-1");
        assertThat(api.get("/merchant/v2/benedetails/cust-1/bene-none", key()).errorCode()).isEqualTo("E09");
        String account = """
                {"beneId": "bene-2", "customerId": "cust-1", "command": "CREATE",
                 "beneDetails": {"type": "ACCOUNT_IFSC",
                   "details": {"name": "Asha Rao", "account": "026291800001191", "ifsc": "YESB0000262"}}}
                """;
        assertThat(api.post("/merchant/v2/benedetails", key(), account).json().path("status").asText())
                .isEqualTo("CREATED");
    }

    @Test
    @Order(21)
    void balancesAreAsDescribed() {
        assertThat(api.get("/merchant/v1/getways/balance", key()).status()).isEqualTo(200);
        assertThat(api.get("/merchant/v1/balances", key()).status()).isEqualTo(200);
        assertThat(api.get("/merchant/v1/balances", null).errorCode()).isEqualTo("E04");
    }

    @Test
    @Order(22)
    void outageIsAsDescribed() {
        assertThat(api.get("/merchant/v1/outage", key()).status()).isEqualTo(200);
    }

    @Test
    @Order(23)
    void orderHistoryIsAsDescribed() throws Exception {
        api.post("/merchant/v1/orders", key(), order("oa-2301", "6.00", "cust-1", "{}"));
        awaitOrder("oa-2301", o -> o.path("status").asText().equals("FULFILLMENTS_SUCCESSFUL"));
        Exchange history = api.get("/merchant/v1/orders/oa-2301/history", key());
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().path("entries").size()).isPositive();
        assertThat(api.get("/merchant/v1/orders/oa-2399/history", key()).errorCode()).isEqualTo("E09");
    }

    @Test
    @Order(100)
    void everyOperationTheApplicationServesIsDescribedAndEveryDescribedOneIsServed() {
        Set<String> served = RegisteredOperations.of(APP.getEnvironment().jersey().getResourceConfig());
        Set<String> described = SPEC.operations().stream()
                .map(op -> op.method() + " " + OpenApiDescription.unnamed(op.template()))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(served).as("served but not in openapi.yaml").isSubsetOf(described);
        Set<String> notServed = new TreeSet<>(described);
        notServed.removeAll(served);
        assertThat(notServed).as("in openapi.yaml but not served").isEmpty();
    }

    @Test
    @Order(101)
    void everyServedOperationWasExercisedAndChecked() {
        Set<String> flows = Arrays.stream(getClass().getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class) && m.getAnnotation(Order.class).value() < 100)
                .map(Method::getName).collect(Collectors.toSet());
        Assumptions.assumeTrue(RAN.containsAll(flows), "only when the whole class runs");

        Set<String> served = RegisteredOperations.of(APP.getEnvironment().jersey().getResourceConfig());
        List<String> unexercised = SPEC.operations().stream()
                .filter(op -> served.contains(op.method() + " " + OpenApiDescription.unnamed(op.template())))
                .map(Operation::key)
                .filter(key -> EXERCISED.stream().noneMatch(seen -> seen.startsWith(key + " ")))
                .toList();
        assertThat(unexercised).as("served operations no test sent a request to (exercised: " + EXERCISED + ")")
                .isEmpty();
    }

    private void assertReceivedCallbacksAreAsDescribed(Set<String> labels) {
        Operation callback = SPEC.webhook("merchantCallback", "post");
        List<Received> received = receiver.received();
        assertThat(received).isNotEmpty();
        for (Received one : received) {
            assertThat(CONFORMANCE.ofRequest(callback, one.headers(), one.bodyText())).as(one.toString()).isEmpty();
        }
        assertThat(received.stream().map(r -> r.json().path("label").asText()).collect(Collectors.toSet()))
                .containsAll(labels);
    }

    private JsonNode awaitOrder(String orderId, Predicate<JsonNode> done) throws Exception {
        return await(() -> api.get("/merchant/v1/orders/" + orderId + "?expand=fulfillment,payment,refund", key())
                .json(), done);
    }

    /** Asks every 250 ms (through the checked client, so well under the test's rate limit) until {@code done}. */
    private static <T> T await(Supplier<T> probe, Predicate<? super T> done) throws Exception {
        return Eventually.await("the awaited answer", PAYOUT, () -> {
            Thread.sleep(200);
            return probe.get();
        }, done);
    }

    private static String lastLabelValue(JsonNode log) {
        JsonNode callbacks = log.path("callbacks");
        JsonNode last = callbacks.get(callbacks.size() - 1);
        return last == null ? "" : last.path("label").asText() + " " + last.path("value").asText();
    }

    private String key() {
        return merchant.apiKey();
    }

    private static String order(String orderId, String amount, String customerId, String additionalInfo) {
        return """
                {"orderId": "%s", "amount": %s, "customerId": "%s", "customerPhone": "9876543210",
                 "customerEmail": "asha@example.com", "udf1": "order-udf",
                 "fulfillments": [{
                   "amount": %s, "preferredMethodList": ["DUMMY_IMPS"], "udf2": "f-udf",
                   "beneficiaryDetails": {"type": "ACCOUNT_IFSC",
                     "details": {"name": "Asha Rao", "account": "026291800001191", "ifsc": "YESB0000262"}},
                   "additionalInfo": %s
                 }]}
                """.formatted(orderId, amount, customerId, amount, additionalInfo);
    }
}
