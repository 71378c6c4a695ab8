package io.payout.collection.expresscheckout;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.collection.spi.CollectionOrderState;
import io.payout.collection.spi.CollectionProvider;
import io.payout.collection.spi.RefundRequest;
import io.payout.collection.spi.RefundState;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CredentialsStayHiddenTest {
    private static final String ENCODED_KEY = Base64.getEncoder().encodeToString(
            (FakeExpressCheckout.API_KEY + ":").getBytes(StandardCharsets.UTF_8));
    private final FakeExpressCheckout fake = FakeExpressCheckout.start();
    private final CollectionProvider provider = new ExpressCheckoutPlugin().create(fake.configuration());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void credentialsEchoedBackAreMaskedInEveryAnswer() {
        String echo = "{\"order_id\":\"pay5001\",\"status\":\"NEW\",\"debug\":\"key " + FakeExpressCheckout.API_KEY
                + " auth " + ENCODED_KEY + " webhook " + FakeExpressCheckout.WEBHOOK_PASSWORD + "\"}";
        fake.nextAnswer(FakeFault.answering(200, echo));

        CollectionOrderState state = provider.inquire("pay5001");

        assertThat(state).isInstanceOfSatisfying(CollectionOrderState.Open.class, open -> assertThat(open.raw())
                .contains(Redactor.MASK).doesNotContain(FakeExpressCheckout.API_KEY).doesNotContain(ENCODED_KEY)
                .doesNotContain(FakeExpressCheckout.WEBHOOK_PASSWORD));
    }

    @Test
    void refusedRefundQuotesTheRefusalWithoutCredentials() {
        provider.createOrder(Orders.request("pay5002", "10"));
        fake.nextAnswer(FakeFault.answering(400, FakeExpressCheckout.error("invalid_request",
                "bad key " + FakeExpressCheckout.API_KEY)));

        RefundState state = provider.refund(new RefundRequest("pay5002", "refund1", BigDecimal.ONE));

        assertThat(state).isInstanceOfSatisfying(RefundState.Known.class, known -> assertThat(known.raw())
                .contains("bad key " + Redactor.MASK).doesNotContain(FakeExpressCheckout.API_KEY));
    }
}
