package io.payout.adapters.rest.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.StatusPayoutApplication;
import io.payout.adapters.rest.support.TestPayoutApplication;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.application.operator.OperatorAction;
import io.payout.domain.FulfillmentId;
import io.payout.domain.MerchantId;
import io.payout.domain.OrderId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /payout/merchant/v1/orders/{orderId}/history} on the real OrderHistoryService: status changes made by
 * real cancels, and operators' actions written to the store as the admin tasks write them.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OrderHistoryResourceTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            StatusPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private ApiClient api;
    private String merchantId;
    private String key;

    @BeforeEach
    void setUp() {
        api = new ApiClient(APP.getLocalPort());
        merchantId = "m-history-" + System.nanoTime();
        key = app().newMerchant(merchantId);
    }

    @Test
    void statusChangesAndOperatorActionsComeInTimeOrderWithoutTheOperatorsName() {
        String id = created("ord-history-1");
        assertThat(api.cancel(key, id + "-f2").status()).isEqualTo(200);
        FulfillmentId f1 = new FulfillmentId(id + "-f1");
        act(id, OperatorAction.RETRY_FULFILLMENT, f1.value(), 90, "bank fixed its IMPS link");
        act(id, OperatorAction.RESOLVE_REVIEW, f1.transaction(1).value(), 30, "bank confirmed UTR 4711");

        ApiResponse response = api.send(api.request(ApiClient.ORDERS + "/ord-history-1/history")
                .header("Authorization", ApiClient.basic(key)).GET().build());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode history = response.json();
        assertThat(names(history)).containsExactly("orderId", "entries");
        assertThat(history.path("orderId").asText()).isEqualTo("ord-history-1");
        JsonNode entries = history.path("entries");
        assertThat(entries).hasSize(3);
        JsonNode cancelled = entries.get(0);
        assertThat(names(cancelled)).containsExactly("at", "kind", "label", "entityId", "value");
        assertThat(cancelled.path("at").asText()).isEqualTo("2024-01-15T10:00:00Z");
        assertThat(cancelled.path("kind").asText()).isEqualTo("STATUS_CHANGE");
        assertThat(cancelled.path("label").asText()).isEqualTo("FULFILLMENT_ORDER");
        assertThat(cancelled.path("entityId").asText()).isEqualTo(id + "-f2");
        assertThat(cancelled.path("value").asText()).isEqualTo("CANCELLED");
        JsonNode resolved = entries.get(1);
        assertThat(names(resolved)).containsExactly("at", "kind", "label", "entityId", "value", "action", "reason");
        assertThat(resolved.path("at").asText()).isEqualTo("2024-01-15T10:00:30Z");
        assertThat(resolved.path("kind").asText()).isEqualTo("OPERATOR_ACTION");
        assertThat(resolved.path("label").asText()).isEqualTo("FULFILLMENT_TXN");
        assertThat(resolved.path("entityId").asText()).isEqualTo(id + "-f1-t1");
        assertThat(resolved.path("action").asText()).isEqualTo("RESOLVE_REVIEW");
        assertThat(resolved.path("value").asText()).isEqualTo("RESOLVE_REVIEW");
        assertThat(resolved.path("reason").asText()).isEqualTo("bank confirmed UTR 4711");
        JsonNode retried = entries.get(2);
        assertThat(retried.path("label").asText()).isEqualTo("FULFILLMENT_ORDER");
        assertThat(retried.path("entityId").asText()).isEqualTo(id + "-f1");
        assertThat(retried.path("action").asText()).isEqualTo("RETRY_FULFILLMENT");
        assertThat(response.body()).doesNotContain("asha", "secret details");
    }

    @Test
    void aNewOrderHasAnEmptyHistory() {
        created("ord-history-2");

        ApiResponse response = history(key, "ord-history-2");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("entries")).isEmpty();
    }

    @Test
    void anUnknownOrderOrAnotherMerchantsIs404E09() {
        String id = created("ord-history-3");
        assertThat(api.cancel(key, id + "-f1").status()).isEqualTo(200);
        String otherKey = app().newMerchant("m-other-" + System.nanoTime());

        ApiResponse unknown = history(key, "ord-never-created");
        ApiResponse others = history(otherKey, "ord-history-3");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("E09");
        assertThat(others.status()).isEqualTo(404);
        assertThat(others.errorCode()).isEqualTo("E09");
        assertThat(others.body()).doesNotContain(id);
    }

    @Test
    void aMalformedOrderIdIs400E01AndNoKeyIs401() {
        ApiResponse malformed = history(key, "x");
        ApiResponse anonymous = api.send(api.request(ApiClient.ORDERS + "/ord-history-4/history").GET().build());

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).isEqualTo("E01");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private ApiResponse history(String apiKey, String orderId) {
        return api.send(api.request(ApiClient.ORDERS + "/" + orderId + "/history")
                .header("Authorization", ApiClient.basic(apiKey)).GET().build());
    }

    /** An operator's action on the order, {@code seconds} after the clock's start, written as the tasks write it. */
    private void act(String orderId, String action, String target, long seconds, String reason) {
        InMemoryOrderStore store = app().orders().store();
        OrderWork work = store.work(new MerchantId(merchantId), new OrderId(orderId)).orElseThrow();
        assertThat(store.saveProgressWithAction(work, work.order(), List.of(), List.of(), work.work(),
                new OperatorAction(new MerchantId(merchantId), new OrderId(orderId), action, target, "asha", reason,
                        "secret details", TestPayoutApplication.START.plusSeconds(seconds)))).isPositive();
    }

    private String created(String orderId) {
        ApiResponse response = api.createOrder(key, OrderJson.full(orderId).toString());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("id").asText();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static StatusPayoutApplication app() {
        return APP.getApplication();
    }
}
