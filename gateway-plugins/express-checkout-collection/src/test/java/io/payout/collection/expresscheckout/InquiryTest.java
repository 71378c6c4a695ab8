package io.payout.collection.expresscheckout;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.collection.spi.CollectionOrderState;
import io.payout.collection.spi.CollectionProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InquiryTest {
    private final FakeExpressCheckout fake = FakeExpressCheckout.start();
    private final CollectionProvider provider = new ExpressCheckoutPlugin().create(fake.configuration());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void newOrderIsOpenWithItsLinksThroughTheStatusCall() {
        provider.createOrder(Orders.request("pay1001", "100"));

        CollectionOrderState state = provider.inquire("pay1001");

        FakeExpressCheckout.RecordedRequest request = fake.requests().get(1);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/orders/pay1001");
        assertThat(request.header("x-merchantid")).isEqualTo(FakeExpressCheckout.MERCHANT_ID);
        assertThat(state).isInstanceOfSatisfying(CollectionOrderState.Open.class, open -> {
            assertThat(open.providerStatus()).isEqualTo("NEW");
            assertThat(open.webLink()).endsWith("/merchant/pay/ordeh_00000001");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"NEW", "PENDING_VBV", "AUTHORIZING", "STARTED", "AUTHENTICATION_FAILED",
            "AUTHORIZATION_FAILED", "JUSPAY_DECLINED", "AUTO_REFUNDED"})
    void statusesTheEndUserMayStillPayFromAreOpen(String status) {
        provider.createOrder(Orders.request("pay1002", "100"));
        fake.ledger().setStatus("pay1002", status);

        assertThat(provider.inquire("pay1002")).isInstanceOfSatisfying(CollectionOrderState.Open.class,
                open -> assertThat(open.providerStatus()).isEqualTo(status));
    }

    @Test
    void chargedIsChargedWithTheOrderAmount() {
        provider.createOrder(Orders.request("pay1003", "1499.99"));
        fake.ledger().charge("pay1003");

        assertThat(provider.inquire("pay1003")).isInstanceOfSatisfying(CollectionOrderState.Charged.class, charged -> {
            assertThat(charged.amount()).isEqualByComparingTo("1499.99");
            assertThat(charged.providerStatus()).isEqualTo("CHARGED");
            assertThat(charged.raw()).contains("\"status\":\"CHARGED\"");
        });
    }

    @Test
    void partialChargeIsChargedWithTheSmallerAmountActuallyCharged() {
        provider.createOrder(Orders.request("pay1004", "500"));
        fake.ledger().chargePartially("pay1004", "200.50");

        assertThat(provider.inquire("pay1004")).isInstanceOfSatisfying(CollectionOrderState.Charged.class, charged -> {
            assertThat(charged.amount()).isEqualByComparingTo("200.50");
            assertThat(charged.providerStatus()).isEqualTo("PARTIAL_CHARGED");
        });
    }

    @Test
    void partialChargeWithoutAnAmountBelowTheOrderAmountIsUnknown() {
        provider.createOrder(Orders.request("pay1005", "500"));
        fake.ledger().chargePartially("pay1005", null);
        CollectionOrderState withoutAmount = provider.inquire("pay1005");
        fake.ledger().chargePartially("pay1005", "500");
        CollectionOrderState withTheFullAmount = provider.inquire("pay1005");

        assertThat(withoutAmount).isInstanceOfSatisfying(CollectionOrderState.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isFalse());
        assertThat(withTheFullAmount).isInstanceOf(CollectionOrderState.Unknown.class);
    }

    @Test
    void orderNeverCreatedIsUnknownNotFound() {
        assertThat(provider.inquire("pay1006")).isInstanceOfSatisfying(CollectionOrderState.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isTrue());
    }

    @Test
    void unrecognisedStatusIsUnknown() {
        provider.createOrder(Orders.request("pay1007", "100"));
        fake.ledger().setStatus("pay1007", "AUTHORIZED");

        assertThat(provider.inquire("pay1007")).isInstanceOfSatisfying(CollectionOrderState.Unknown.class, unknown -> {
            assertThat(unknown.notFound()).isFalse();
            assertThat(unknown.reason()).contains("AUTHORIZED");
        });
    }

    @Test
    void chargedWithoutAnAmountIsUnknown() {
        fake.nextAnswer(FakeFault.answering(200, "{\"order_id\":\"pay1008\",\"status\":\"CHARGED\"}"));

        assertThat(provider.inquire("pay1008")).isInstanceOf(CollectionOrderState.Unknown.class);
    }

    @Test
    void amountWrittenAsAStringIsRead() {
        fake.nextAnswer(FakeFault.answering(200, "{\"order_id\":\"pay1009\",\"status\":\"CHARGED\",\"amount\":\"75.25\"}"));

        assertThat(provider.inquire("pay1009")).isInstanceOfSatisfying(CollectionOrderState.Charged.class,
                charged -> assertThat(charged.amount()).isEqualByComparingTo("75.25"));
    }
}
