package io.payout.adapters.rest.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.ScriptedCollectionProvider;
import io.payout.adapters.rest.support.TestPayoutApplication;
import io.payout.application.engine.port.Lease;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.domain.MerchantId;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.OrderStatus;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.Refund;
import io.payout.domain.collection.RefundStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pay and Fulfill orders through the merchant API: create with the payment to collect, and payments and refunds. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PayAndFulfillOrderTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TestPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private ApiClient api;
    private TestPayoutApplication app;
    private String merchantId;
    private String key;

    @BeforeEach
    void setUp() {
        api = new ApiClient(APP.getLocalPort());
        app = APP.getApplication();
        merchantId = "m-paf-" + System.nanoTime();
        key = app.newMerchant(merchantId);
    }

    @AfterEach
    void providerBackAndClockAsAtStart() {
        app.collectionProvider().comeBack();
        app.clock().set(TestPayoutApplication.START);
    }

    @Test
    void createAnswersCreatedWithThePaymentAwaitingPaymentAndItsLinks() {
        ApiResponse created = api.createOrder(key, OrderJson.payAndFulfill("ord-paf-1").toString());

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode order = created.json();
        assertThat(order.path("type").asText()).isEqualTo("PAY_AND_FULFILL");
        assertThat(order.path("status").asText()).isEqualTo("CREATED");
        assertThat(order.path("fulfillments")).allSatisfy(f -> assertThat(f.path("status").asText()).isEqualTo("CREATED"));
        assertThat(order.path("refunds")).isEmpty();
        assertThat(order.path("payments")).hasSize(1);
        JsonNode payment = order.path("payments").get(0);
        String providerOrderId = payment.path("id").asText();
        assertThat(providerOrderId).matches("[A-Za-z0-9]{1,20}");
        assertThat(payment).isEqualTo(OrderJson.parse("""
                {"id": "%s", "provider": "EXPRESS_CHECKOUT", "status": "AWAITING_PAYMENT", "amount": 10.50,
                 "providerStatus": "NEW",
                 "paymentLinks": {"web": "%s", "mobile": "%s", "iframe": "%s"},
                 "expiresAt": "2024-01-15T10:15:00Z", "createdAt": "2024-01-15T10:00:00Z",
                 "updatedAt": "2024-01-15T10:00:00Z"}
                """.formatted(providerOrderId, ScriptedCollectionProvider.linksOf(providerOrderId).web(),
                ScriptedCollectionProvider.linksOf(providerOrderId).mobile(),
                ScriptedCollectionProvider.linksOf(providerOrderId).iframe())));
        assertThat(payment.properties()).extracting(Map.Entry::getKey).containsExactly("id", "provider", "status",
                "amount", "providerStatus", "paymentLinks", "expiresAt", "createdAt", "updatedAt");
    }

    @Test
    void whenTheProviderCannotBeReachedTheOrderIsStillAcceptedWithThePaymentPendingCreationAndWhy() {
        app.collectionProvider().goDown();

        ApiResponse created = api.createOrder(key, OrderJson.payAndFulfill("ord-paf-down-1").toString());

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.json().path("status").asText()).isEqualTo("CREATED");
        JsonNode payment = created.json().path("payments").get(0);
        assertThat(payment.path("status").asText()).isEqualTo("PENDING_CREATION");
        assertThat(payment.path("reason").asText()).contains("connection refused");
        assertThat(payment.path("paymentLinks")).isEqualTo(OrderJson.parse("{}"));
        assertThat(payment.has("providerStatus")).isFalse();
        assertThat(api.getOrder(key, "ord-paf-down-1").status()).isEqualTo(200);
    }

    @Test
    void anIdenticalRepeatAnswersTheSameOrder() {
        String body = OrderJson.payAndFulfill("ord-paf-repeat-1").toString();
        ApiResponse first = api.createOrder(key, body);

        ApiResponse again = api.createOrder(key, body);

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
    }

    @Test
    void anIdenticalRepeatShowsThePaymentAsItStandsNow() {
        app.collectionProvider().goDown();
        String body = OrderJson.payAndFulfill("ord-paf-repeat-2").toString();
        JsonNode first = api.createOrder(key, body).json();
        Payment pending = payment(first);
        app.clock().set(Instant.parse("2024-01-15T10:00:30Z"));
        store().savePayment(pending.awaiting("NEW", ScriptedCollectionProvider.linksOf(pending.providerOrderId()),
                app.clock().instant()), null);

        JsonNode again = api.createOrder(key, body).json();

        assertThat(first.at("/payments/0/status").asText()).isEqualTo("PENDING_CREATION");
        assertThat(again.path("id")).isEqualTo(first.path("id"));
        assertThat(again.at("/payments/0/id")).isEqualTo(first.at("/payments/0/id"));
        assertThat(again.at("/payments/0/status").asText()).isEqualTo("AWAITING_PAYMENT");
        assertThat(again.at("/payments/0/updatedAt").asText()).isEqualTo("2024-01-15T10:00:30Z");
        assertThat(again.at("/payments/0/paymentLinks/web").asText())
                .isEqualTo(ScriptedCollectionProvider.linksOf(pending.providerOrderId()).web());
        assertThat(again.at("/payments/0").has("reason")).isFalse();
    }

    @Test
    void statusShowsThePaymentOnlyWithExpandPayment() {
        JsonNode created = api.createOrder(key, OrderJson.payAndFulfill("ord-paf-status-1").toString()).json();

        JsonNode plain = api.getOrder(key, "ord-paf-status-1").json();
        JsonNode refundsOnly = api.getOrder(key, "ord-paf-status-1?expand=refund").json();
        JsonNode expanded = api.getOrder(key, "ord-paf-status-1?expand=payment").json();

        assertThat(plain.path("payments")).isEmpty();
        assertThat(refundsOnly.path("payments")).isEmpty();
        assertThat(expanded.path("payments")).isEqualTo(created.path("payments"));
        assertThat(expanded.path("refunds")).isEmpty();
        assertThat(expanded.path("status").asText()).isEqualTo("CREATED");
    }

    @Test
    void statusShowsRefundsOnlyWithExpandRefund() {
        JsonNode created = api.createOrder(key, OrderJson.payAndFulfill("ord-paf-refund-1").toString()).json();
        Refund refund = refundAfterFailure(created);

        JsonNode plain = api.getOrder(key, "ord-paf-refund-1?expand=payment").json();
        JsonNode expanded = api.getOrder(key, "ord-paf-refund-1?expand=payment,refund").json();

        assertThat(plain.path("refunds")).isEmpty();
        assertThat(expanded.path("status").asText()).isEqualTo("FULFILLMENTS_CANCELLED");
        assertThat(expanded.at("/payments/0/status").asText()).isEqualTo("CHARGED");
        assertThat(expanded.at("/payments/0/chargedAmount")).isEqualTo(OrderJson.parse("10.50"));
        assertThat(expanded.path("refunds")).hasSize(1);
        JsonNode shown = expanded.path("refunds").get(0);
        assertThat(shown).isEqualTo(OrderJson.parse("""
                {"id": "%s", "uniqueRequestId": "%s", "amount": 10.50, "status": "SUCCESS",
                 "providerRefundId": "rfnd_%s", "reason": "%s",
                 "createdAt": "2024-01-15T11:00:00Z", "updatedAt": "2024-01-15T11:00:06Z"}
                """.formatted(refund.id(), refund.uniqueRequestId(), refund.uniqueRequestId(), refund.reason())));
        assertThat(shown.properties()).extracting(Map.Entry::getKey).containsExactly("id", "uniqueRequestId",
                "amount", "status", "providerRefundId", "reason", "createdAt", "updatedAt");
        assertThat(refund.id()).isEqualTo(created.path("id").asText() + "-r1");
    }

    @Test
    void refundOnFailureIsKeptWithThePaymentAndIsPartOfTheRequest() {
        ObjectNode body = OrderJson.payAndFulfill("ord-paf-rof-1").put("refundOnFailure", false);
        JsonNode created = api.createOrder(key, body.toString()).json();

        ApiResponse repeated = api.createOrder(key, body.toString());
        ApiResponse flipped = api.createOrder(key, body.put("refundOnFailure", true).toString());

        assertThat(payment(created).refundOnFailure()).isFalse();
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(flipped.status()).as(flipped.body()).isEqualTo(409);
        assertThat(flipped.errorCode()).isEqualTo("E05");
    }

    @Test
    void withoutRefundOnFailureTheMerchantsSettingApplies() {
        ObjectNode body = OrderJson.payAndFulfill("ord-paf-rof-2");
        body.putNull("refundOnFailure");

        JsonNode created = api.createOrder(key, body.toString()).json();

        assertThat(created.path("status").asText()).isEqualTo("CREATED");
        assertThat(payment(created).refundOnFailure()).isNull();
    }

    @Test
    void aFulfillOnlyOrderHasNoPaymentsOrRefundsWhateverIsExpanded() {
        api.createOrder(key, OrderJson.full("ord-fo-1").toString());

        JsonNode expanded = api.getOrder(key, "ord-fo-1?expand=payment,refund").json();

        assertThat(expanded.path("payments")).isEmpty();
        assertThat(expanded.path("refunds")).isEmpty();
    }

    private InMemoryOrderStore store() {
        return app.orders().store();
    }

    private Payment payment(JsonNode order) {
        return store().findPayment(new MerchantId(merchantId), new OrderId(order.path("id").asText())).orElseThrow();
    }

    /**
     * Takes the order through what the collection pump and the engine would do: paid, then cancelled, then one
     * refund decided and settled by the provider.
     */
    private Refund refundAfterFailure(JsonNode created) {
        Payment payment = payment(created);
        Instant paidAt = Instant.parse("2024-01-15T10:05:00Z");
        Payment charged = payment.charged(Money.of("10.50"), "CHARGED", paidAt);
        store().savePayment(charged, null);
        var work = store().work(new MerchantId(merchantId), payment.orderId()).orElseThrow();
        Order cancelled = work.order().withStatus(OrderStatus.FULFILLMENTS_CANCELLED, paidAt.plusSeconds(60));
        store().saveProgress(work, cancelled, List.of(), List.of(), work.work(), Lease.RELEASE);
        Instant decidedAt = Instant.parse("2024-01-15T11:00:00.900Z");
        Refund refund = Refund.decided(charged, 1, Money.of("10.50"), "order FULFILLMENTS_CANCELLED: 10.50 collected "
                + "and not paid out", decidedAt);
        assertThat(store().decideRefund(charged, refund, List.of(), decidedAt)).isTrue();
        Refund settled = refund.answered(RefundStatus.SUCCESS, "rfnd_" + refund.uniqueRequestId(),
                decidedAt.plusSeconds(6));
        store().saveRefund(settled, null, List.of());
        return settled;
    }
}
