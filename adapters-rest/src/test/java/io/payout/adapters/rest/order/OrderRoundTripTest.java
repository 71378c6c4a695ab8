package io.payout.adapters.rest.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.core.Configuration;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.LogCapture;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.TestPayoutApplication;
import io.payout.domain.Order;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class OrderRoundTripTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TestPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private ApiClient api;
    private String merchantId;
    private String key;

    @BeforeEach
    void setUp() {
        api = new ApiClient(APP.getLocalPort());
        merchantId = "m-" + System.nanoTime();
        key = APP.<TestPayoutApplication>getApplication().newMerchant(merchantId);
    }

    @Test
    void createEchoesEveryFieldInJuspaysShapeAndStatusShowsTheSameOrder() {
        ApiResponse created = api.createOrder(key, OrderJson.full("ord-full-1").toString());

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String id = created.json().path("id").asText();
        assertThat(id).matches("[0-9a-f]{30}");
        assertThat(created.json()).isEqualTo(OrderJson.parse(ExpectedOrder.full(id, "ord-full-1")));
        ApiResponse status = api.getOrder(key, "ord-full-1");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json()).isEqualTo(created.json());
    }

    @Test
    void statusListsTransactionsOnlyWhenFulfillmentIsExpanded() {
        api.createOrder(key, OrderJson.full("ord-expand-1").toString());

        JsonNode plain = api.getOrder(key, "ord-expand-1?expand=payment,refund").json();
        JsonNode expanded = api.getOrder(key, "ord-expand-1?expand=fulfillment,payment,refund").json();

        assertThat(plain.path("fulfillments")).allSatisfy(f -> assertThat(f.has("transactions")).isFalse());
        assertThat(expanded.path("fulfillments")).allSatisfy(f -> assertThat(f.path("transactions").isArray()).isTrue());
        assertThat(expanded.path("payments").isArray()).isTrue();
        assertThat(expanded.path("refunds").isArray()).isTrue();
    }

    @Test
    void expandedStatusShowsEachAttemptWithWhatTheGatewaySaid() {
        TestPayoutApplication app = APP.getApplication();
        app.newMerchant("m-attempts");
        app.orders().insertNewOrder(AttemptedOrder.paidOnSecondAttempt("m-attempts", "ord-attempts-1"), "fingerprint");
        String attemptsKey = app.rotateKeyWithoutGrace("m-attempts");

        JsonNode plain = api.getOrder(attemptsKey, "ord-attempts-1").json();
        JsonNode expanded = api.getOrder(attemptsKey, "ord-attempts-1?expand=fulfillment").json();

        assertThat(plain.path("fulfillments").get(0).has("transactions")).isFalse();
        assertThat(plain.path("fulfillments").get(0).path("fulfillmentMethodList"))
                .isEqualTo(OrderJson.parse("[\"DUMMY_IMPS\", \"DUMMY_NEFT\"]"));
        assertThat(expanded.path("fulfillments").get(0).path("transactions"))
                .isEqualTo(OrderJson.parse(AttemptedOrder.EXPECTED_TRANSACTIONS));
    }

    @Test
    void expandedStatusShowsATransactionTheDomainBuiltWithEveryField() {
        Order sent = SentOrder.pendingAtGateway(merchantId, "ord-sent-2");
        APP.<TestPayoutApplication>getApplication().orders().insertNewOrder(sent, "fingerprint");

        JsonNode transactions = api.getOrder(key, "ord-sent-2?expand=fulfillment").json().at("/fulfillments/0/transactions");

        assertThat(transactions).hasSize(1);
        assertThat(transactions.get(0)).isEqualTo(OrderJson.parse(SentOrder.expectedTransaction(sent)));
        assertThat(transactions.get(0).properties()).extracting(Map.Entry::getKey).containsExactly(
                "id", "transactionRef", "fulfillmentMethod", "status", "amount", "gatewayRefId", "responseCode",
                "responseMessage", "responseDescription", "txnResponse", "createdAt", "updatedAt");
    }

    @Test
    void unknownExpandValueIsRefusedNamingExpand() {
        api.createOrder(key, OrderJson.full("ord-expand-2").toString());

        ApiResponse response = api.getOrder(key, "ord-expand-2?expand=fulfillment,everything");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("E01");
        assertThat(response.errorMessage()).startsWith("expand: ");
    }

    @Test
    void identicalRepeatAnswers200WithTheSameOrder() {
        String body = OrderJson.full("ord-repeat-1").toString();
        ApiResponse first = api.createOrder(key, body);

        ApiResponse again = api.createOrder(key, body);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
    }

    @Test
    void sameOrderIdWithADifferentBodyIsAConflict() {
        api.createOrder(key, OrderJson.full("ord-conflict-1").toString());
        ObjectNode different = OrderJson.full("ord-conflict-1");
        OrderJson.with(different, "udf1", OrderJson.parse("\"changed\""));

        ApiResponse response = api.createOrder(key, different.toString());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.errorCode()).isEqualTo("E05");
        assertThat(response.json().path("error").asBoolean()).isTrue();
    }

    @Test
    void webhookPasswordIsNeverInAnyResponse() {
        String body = OrderJson.full("ord-secret-1").toString();

        assertThat(api.createOrder(key, body).body()).doesNotContain(OrderJson.WEBHOOK_PASSWORD);
        assertThat(api.createOrder(key, body).body()).doesNotContain(OrderJson.WEBHOOK_PASSWORD);
        assertThat(api.getOrder(key, "ord-secret-1").body()).doesNotContain(OrderJson.WEBHOOK_PASSWORD);
        assertThat(api.getOrder(key, "ord-secret-1?expand=fulfillment").body()).doesNotContain(OrderJson.WEBHOOK_PASSWORD);
    }

    @Test
    void aCreatedOrderIsLoggedOnceWithItsIdsButNoAccountNumberPasswordOrKey() {
        String body = OrderJson.full("ord-logged-1").toString();
        try (LogCapture log = LogCapture.of(OrderResource.class)) {
            String id = api.createOrder(key, body).json().path("id").asText();
            api.createOrder(key, body);

            assertThat(log.lines()).hasSize(1);
            assertThat(log.lines().get(0)).contains("ord-logged-1", id, "10.50", "fulfillments=2")
                    .doesNotContain(OrderJson.ACCOUNT, OrderJson.WEBHOOK_PASSWORD, key);
        }
    }
}
