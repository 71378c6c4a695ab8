package io.payout.collection.expresscheckout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.collection.spi.CollectionOrderState;
import io.payout.collection.spi.CollectionProvider;
import io.payout.collection.spi.CollectionRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CreateOrderTest {
    private final FakeExpressCheckout fake = FakeExpressCheckout.start();
    private final CollectionProvider provider = new ExpressCheckoutPlugin().create(fake.configuration());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void createPostsTheDocumentedFormWithBasicAuthAndMerchantIdAndAnswersOpenWithTheLinks() {
        CollectionOrderState state = provider.createOrder(Orders.request("pay0001", "1234.5"));

        FakeExpressCheckout.RecordedRequest request = fake.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/orders");
        assertThat(request.header("content-type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.header("authorization")).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                (FakeExpressCheckout.API_KEY + ":").getBytes(StandardCharsets.UTF_8)));
        assertThat(request.header("x-merchantid")).isEqualTo(FakeExpressCheckout.MERCHANT_ID);
        assertThat(request.form()).containsExactly(
                Map.entry("order_id", "pay0001"), Map.entry("amount", "1234.50"), Map.entry("currency", "INR"),
                Map.entry("customer_id", "cust0042"), Map.entry("customer_email", "asha@example.com"),
                Map.entry("customer_phone", "9876543210"), Map.entry("description", "Payout order merchant-0001"),
                Map.entry("metadata.expiryInMins", "30"));
        assertThat(state).isInstanceOfSatisfying(CollectionOrderState.Open.class, open -> {
            assertThat(open.providerStatus()).isEqualTo("CREATED");
            assertThat(open.webLink()).isEqualTo(fake.baseUrl() + "/merchant/pay/ordeh_00000001");
            assertThat(open.mobileLink()).isEqualTo(fake.baseUrl() + "/merchant/pay/ordeh_00000001?mobile=true");
            assertThat(open.iframeLink()).isEqualTo(fake.baseUrl() + "/merchant/ipay/ordeh_00000001");
            assertThat(open.raw()).contains("\"order_id\":\"pay0001\"");
        });
    }

    @Test
    void returnUrlIsSentWhenConfiguredAndOptionalCustomerFieldsAreLeftOutWhenAbsent() {
        Map<String, String> configuration = fake.configuration();
        configuration.put("return-url", "https://merchant.example/paid");
        CollectionProvider withReturn = new ExpressCheckoutPlugin().create(configuration);

        withReturn.createOrder(new CollectionRequest("pay0002", new BigDecimal("10"), null, "cust0042", null, null,
                "Payout order merchant-0002", 0));

        assertThat(fake.requests().get(0).form()).containsExactly(
                Map.entry("order_id", "pay0002"), Map.entry("amount", "10.00"), Map.entry("currency", "INR"),
                Map.entry("customer_id", "cust0042"), Map.entry("description", "Payout order merchant-0002"),
                Map.entry("return_url", "https://merchant.example/paid"));
    }

    @Test
    void createOfAnOrderThatAlreadyExistsAnswersItsStatusInstead() {
        CollectionOrderState first = provider.createOrder(Orders.request("pay0003", "100"));

        CollectionOrderState again = provider.createOrder(Orders.request("pay0003", "100"));
        fake.ledger().charge("pay0003");
        CollectionOrderState afterPayment = provider.createOrder(Orders.request("pay0003", "100"));

        assertThat(fake.ledger().orderCount()).isEqualTo(1);
        assertThat(again).isInstanceOfSatisfying(CollectionOrderState.Open.class, open -> {
            assertThat(open.providerStatus()).isEqualTo("NEW");
            assertThat(open.webLink()).isEqualTo(((CollectionOrderState.Open) first).webLink());
        });
        assertThat(afterPayment).isInstanceOfSatisfying(CollectionOrderState.Charged.class,
                charged -> assertThat(charged.amount()).isEqualByComparingTo("100.00"));
        assertThat(fake.requests()).extracting(FakeExpressCheckout.RecordedRequest::method)
                .containsExactly("POST", "POST", "GET", "POST", "GET");
    }

    @Test
    void createRefusedForAnOrderExpressCheckoutDoesNotHaveIsUnknownNotFound() {
        fake.nextAnswer(FakeFault.answering(400, FakeExpressCheckout.error("invalid_request", "Invalid customer_email")));

        CollectionOrderState state = provider.createOrder(Orders.request("pay0004", "100"));

        assertThat(state).isInstanceOfSatisfying(CollectionOrderState.Unknown.class, unknown -> {
            assertThat(unknown.notFound()).isTrue();
            assertThat(unknown.reason()).contains("refused the order (HTTP 400)");
        });
    }

    @Test
    void createAnsweredChargedIsCharged() {
        fake.nextAnswer(FakeFault.answering(200,
                "{\"status\":\"CHARGED\",\"status_id\":21,\"order_id\":\"pay0005\",\"amount\":250.0}"));

        assertThat(provider.createOrder(Orders.request("pay0005", "250")))
                .isEqualTo(new CollectionOrderState.Charged(new BigDecimal("250.0"), "CHARGED",
                        "{\"status\":\"CHARGED\",\"status_id\":21,\"order_id\":\"pay0005\",\"amount\":250.0}"));
    }

    @Test
    void answerAboutAnotherOrderIsUnknown() {
        fake.nextAnswer(FakeFault.answering(200, "{\"status\":\"CREATED\",\"order_id\":\"someoneelse\"}"));

        assertThat(provider.createOrder(Orders.request("pay0006", "100")))
                .isInstanceOfSatisfying(CollectionOrderState.Unknown.class,
                        unknown -> assertThat(unknown.notFound()).isFalse());
    }

    @Test
    void orderIdsExpressCheckoutCannotTakeAreRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> provider.createOrder(Orders.request("a23456789012345678901", "100")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 20 letters and digits");
        assertThatThrownBy(() -> provider.createOrder(Orders.request("pay-0007", "100")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> provider.inquire("a23456789012345678901"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void twentyLettersAndDigitsAreAccepted() {
        assertThat(provider.createOrder(Orders.request("A2345678901234567890", "100")))
                .isInstanceOf(CollectionOrderState.Open.class);
    }

    @Test
    void amountsWithFractionsOfAPaisaOrOfZeroAreRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> provider.createOrder(Orders.request("pay0008", "10.005")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> provider.createOrder(Orders.request("pay0008", "0")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(fake.requests()).isEmpty();
    }
}
