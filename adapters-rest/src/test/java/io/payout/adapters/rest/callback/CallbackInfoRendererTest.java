package io.payout.adapters.rest.callback;

import static io.payout.adapters.rest.callback.CallbackFixtures.HOOK_PASSWORD;
import static io.payout.adapters.rest.callback.CallbackFixtures.ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payout.adapters.rest.ApiJson;
import io.payout.adapters.rest.order.OrderViewMapper;
import io.payout.domain.Order;
import io.payout.domain.attempt.EventLabel;
import org.junit.jupiter.api.Test;

class CallbackInfoRendererTest {
    private final ObjectMapper json = ApiJson.newObjectMapper();
    private final CallbackInfoRenderer renderer = new CallbackInfoRenderer(json);
    private final Order order = CallbackFixtures.order();

    @Test
    void orderInfoIsTheOrderAsTheStatusApiShowsItWithTheEventsStatus() throws Exception {
        String info = renderer.render(order, CallbackFixtures.event(EventLabel.ORDER, "FULFILLMENTS_SCHEDULED",
                ORDER_ID));

        JsonNode expected = json.valueToTree(new OrderViewMapper().toView(order, false));
        assertThat(json.readTree(info)).isEqualTo(expected);
        assertThat(info).contains("\"amount\":10.50", "\"createdAt\":\"2024-01-15T10:00:00Z\"")
                .doesNotContain("transactions", "\n", " \"");
    }

    @Test
    void theStatusIsTheEventsValueEvenWhenItIsNotAStoredStatus() throws Exception {
        String info = renderer.render(order, CallbackFixtures.event(EventLabel.FULFILLMENT_ORDER, "INITIATED",
                ORDER_ID + "-f1"));

        JsonNode fulfillment = json.readTree(info);
        assertThat(fulfillment.path("id").asText()).isEqualTo(ORDER_ID + "-f1");
        assertThat(fulfillment.path("status").asText()).isEqualTo("INITIATED");
        assertThat(fulfillment.has("transactions")).isFalse();
        assertThat(fulfillment.path("additionalInfo").path("webhookDetails").path("username").asText())
                .isEqualTo("hook-user");
    }

    @Test
    void transactionInfoIsTheTransactionWithItsFulfillmentId() throws Exception {
        String info = renderer.render(order, CallbackFixtures.event(EventLabel.FULFILLMENT_TXN, "INITIATED",
                ORDER_ID + "-f1-t1"));

        JsonNode transaction = json.readTree(info);
        assertThat(transaction.path("id").asText()).isEqualTo(ORDER_ID + "-f1-t1");
        assertThat(transaction.path("status").asText()).isEqualTo("INITIATED");
        assertThat(transaction.path("fulfillmentId").asText()).isEqualTo(ORDER_ID + "-f1");
        assertThat(transaction.path("gatewayRefId").asText()).isEqualTo("gw-ref-9");
        assertThat(transaction.path("fulfillmentMethod").asText()).isEqualTo("DUMMY_IMPS");
        assertThat(info).contains("\"amount\":7.00");
        assertThat(info).endsWith(",\"fulfillmentId\":\"" + ORDER_ID + "-f1\"}");
    }

    @Test
    void noWebhookPasswordIsInAnyInfo() {
        String orderInfo = renderer.render(order, CallbackFixtures.event(EventLabel.ORDER, "FULFILLMENTS_SCHEDULED",
                ORDER_ID));
        String fulfillmentInfo = renderer.render(order, CallbackFixtures.event(EventLabel.FULFILLMENT_ORDER,
                "INITIATED", ORDER_ID + "-f1"));
        String transactionInfo = renderer.render(order, CallbackFixtures.event(EventLabel.FULFILLMENT_TXN,
                "INITIATED", ORDER_ID + "-f1-t1"));

        assertThat(orderInfo + fulfillmentInfo + transactionInfo).doesNotContain(HOOK_PASSWORD, "password");
    }

    @Test
    void theSameOrderAndEventRenderTheSameText() {
        var event = CallbackFixtures.event(EventLabel.FULFILLMENT_ORDER, "INITIATED", ORDER_ID + "-f1");

        assertThat(new CallbackInfoRenderer().render(order, event)).isEqualTo(renderer.render(order, event));
    }
}
