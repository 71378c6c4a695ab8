package io.payout.adapters.rest.callback;

import static io.payout.adapters.rest.callback.CallbackFixtures.HOOK_PASSWORD;
import static io.payout.adapters.rest.callback.CallbackFixtures.ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payout.adapters.rest.ApiJson;
import io.payout.adapters.rest.order.OrderViewMapper;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.Refund;
import io.payout.domain.collection.RefundStatus;
import java.time.Instant;
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

    @Test
    void refundInfoIsTheRefundAsTheStatusApiShowsItWithItsOrderIdAndTheEventsStatus() throws Exception {
        Refund refund = refund().answered(RefundStatus.PENDING, "rfnd_77", Instant.parse("2024-01-15T11:00:04.999Z"));

        String info = renderer.renderRefund(refund, CallbackFixtures.event(EventLabel.REFUND, "SUCCESS", refund.id()));

        assertThat(json.readTree(info)).isEqualTo(json.readTree("""
                {"id": "%1$s-r1", "uniqueRequestId": "%1$sr1", "amount": 10.50, "status": "SUCCESS",
                 "providerRefundId": "rfnd_77", "reason": "order FULFILLMENTS_FAILURE: not paid out",
                 "createdAt": "2024-01-15T11:00:00Z", "updatedAt": "2024-01-15T11:00:04Z", "orderId": "%1$s"}
                """.formatted(ORDER_ID)));
        assertThat(info).contains("\"amount\":10.50").doesNotContain("\n");
    }

    @Test
    void refundInfoLeavesOutWhatTheRefundDoesNotHaveYet() throws Exception {
        String info = renderer.renderRefund(refund(), CallbackFixtures.event(EventLabel.REFUND, "PENDING",
                ORDER_ID + "-r1"));

        JsonNode refund = json.readTree(info);
        assertThat(refund.has("providerRefundId")).isFalse();
        assertThat(refund.path("status").asText()).isEqualTo("PENDING");
        assertThat(refund.path("orderId").asText()).isEqualTo(ORDER_ID);
    }

    @Test
    void aRefundEventIsNotRenderedFromTheOrder() {
        assertThatThrownBy(() -> renderer.render(order, CallbackFixtures.event(EventLabel.REFUND, "SUCCESS",
                ORDER_ID + "-r1"))).isInstanceOf(IllegalArgumentException.class);
    }

    private Refund refund() {
        Instant paid = Instant.parse("2024-01-15T10:30:00Z");
        Payment payment = Payment.open(new OrderId(ORDER_ID), order.merchantId(), "EXPRESS_CHECKOUT",
                "P0123456789abcdefghi", Money.of("10.50"), null, paid.plusSeconds(900), paid)
                .charged(Money.of("10.50"), "CHARGED", paid);
        return Refund.decided(payment, 1, Money.of("10.50"), "order FULFILLMENTS_FAILURE: not paid out",
                Instant.parse("2024-01-15T11:00:00.500Z"));
    }
}
