package io.payout.adapters.rest.callback;

import static io.payout.adapters.rest.callback.CallbackFixtures.ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payout.application.callback.PendingCallback;
import io.payout.domain.MerchantId;
import io.payout.domain.OrderId;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.callback.CallbackEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallbackBodyTest {
    private static final WebhookTarget TARGET = new WebhookTarget("https://merchant.example/hooks", null, null, null);

    @Test
    void theBodyHasJuspaysFieldsInAFixedOrderWithInfoEmbeddedAsJson() {
        CallbackEvent event = new CallbackEvent(EventLabel.ORDER, "FULFILLMENTS_SUCCESSFUL", ORDER_ID,
                Instant.parse("2024-01-15T10:01:03.789Z"));
        PendingCallback callback = new PendingCallback(ORDER_ID + "-c7", new MerchantId("m-1"), new OrderId(ORDER_ID),
                7, event, "{\"id\":\"" + ORDER_ID + "\",\"amount\":10.50}", TARGET, 0, 0);

        String body = new String(CallbackBody.of(callback), StandardCharsets.UTF_8);

        assertThat(body).isEqualTo("{\"id\":\"" + ORDER_ID + "-c7\",\"label\":\"ORDER\","
                + "\"value\":\"FULFILLMENTS_SUCCESSFUL\",\"category\":\"INFO\",\"sequence\":7,"
                + "\"occurredAt\":\"2024-01-15T10:01:03Z\",\"info\":{\"id\":\"" + ORDER_ID + "\",\"amount\":10.50}}");
    }

    @Test
    void theSameCallbackGivesTheSameBytes() {
        PendingCallback callback = CallbackFixtures.pending("https://merchant.example/hooks", null, null, null);

        assertThat(CallbackBody.of(callback)).isEqualTo(CallbackBody.of(callback));
    }

    @Test
    void aRenderedTransactionCallbackReadsBackWithItsInfoAsAnObject() throws Exception {
        PendingCallback callback = CallbackFixtures.pending("https://merchant.example/hooks", null, null, null);

        JsonNode body = new ObjectMapper().readTree(CallbackBody.of(callback));

        assertThat(List.of(body.fieldNames().next(), body.path("label").asText(), body.path("value").asText()))
                .containsExactly("id", "FULFILLMENT_TXN", "INITIATED");
        assertThat(body.path("sequence").isIntegralNumber()).isTrue();
        assertThat(body.path("info").isObject()).isTrue();
        assertThat(body.path("info").path("status").asText()).isEqualTo("INITIATED");
        assertThat(body.path("info").path("fulfillmentId").asText()).isEqualTo(ORDER_ID + "-f1");
        assertThat(body.toString()).doesNotContain(CallbackFixtures.HOOK_PASSWORD);
    }

    @Test
    void infoThatIsNotAJsonObjectIsRefused() {
        CallbackEvent event = new CallbackEvent(EventLabel.ORDER, "FULFILLMENTS_SUCCESSFUL", ORDER_ID, Instant.EPOCH);
        for (String info : List.of("", "[1]", "{\"a\":1", "{\"a\":1}, \"injected\": true, \"b\": {}")) {
            PendingCallback callback = new PendingCallback(ORDER_ID + "-c1", new MerchantId("m-1"),
                    new OrderId(ORDER_ID), 1, event, info, TARGET, 0, 0);

            assertThatThrownBy(() -> CallbackBody.of(callback)).as(info).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
