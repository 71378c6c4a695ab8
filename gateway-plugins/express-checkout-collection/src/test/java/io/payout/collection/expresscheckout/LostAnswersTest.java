package io.payout.collection.expresscheckout;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.collection.spi.CollectionOrderState;
import io.payout.collection.spi.CollectionProvider;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LostAnswersTest {
    private final FakeExpressCheckout fake = FakeExpressCheckout.start();
    private final CollectionProvider provider = new ExpressCheckoutPlugin().create(fake.configuration());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void serverErrorOnCreateIsUnknownAndTheInquiryThenFindsTheOrder() {
        fake.nextAnswer(FakeFault.doneThenServerError());

        CollectionOrderState lost = provider.createOrder(Orders.request("pay3001", "100"));

        assertThat(lost).isInstanceOfSatisfying(CollectionOrderState.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isFalse());
        assertThat(provider.inquire("pay3001")).isInstanceOf(CollectionOrderState.Open.class);
        assertThat(provider.createOrder(Orders.request("pay3001", "100"))).isInstanceOf(CollectionOrderState.Open.class);
        assertThat(fake.ledger().orderCount()).isEqualTo(1);
    }

    @Test
    void answerSlowerThanTheTimeoutIsUnknownWithinAboutThatTime() {
        CollectionProvider impatient = withTimeout("300");
        fake.nextAnswer(FakeFault.slow(3000));

        long start = System.nanoTime();
        CollectionOrderState state = impatient.createOrder(Orders.request("pay3002", "100"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(state).isInstanceOfSatisfying(CollectionOrderState.Unknown.class, unknown -> {
            assertThat(unknown.reason()).contains("300 ms");
            assertThat(unknown.notFound()).isFalse();
        });
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(250)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void slowInquiryIsUnknownButNotNotFound() {
        fake.nextAnswer(FakeFault.slow(2000));

        assertThat(withTimeout("200").inquire("pay3003")).isInstanceOfSatisfying(CollectionOrderState.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isFalse());
    }

    @Test
    void slowRefundIsUnknownButNotNotFound() {
        fake.nextAnswer(FakeFault.slow(2000));

        assertThat(withTimeout("200").refund(new io.payout.collection.spi.RefundRequest("pay3004", "refund1",
                java.math.BigDecimal.ONE))).isInstanceOfSatisfying(io.payout.collection.spi.RefundState.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isFalse());
    }

    @Test
    void unreadableBodiesAreUnknown() {
        fake.nextAnswer(FakeFault.answering(200, "<html>maintenance</html>"));
        fake.nextAnswer(FakeFault.answering(200, "{\"order_id\":\"pay3005\",\"status\":\"CHARGED\""));
        fake.nextAnswer(FakeFault.answering(200, "[1,2,3]"));

        assertThat(provider.createOrder(Orders.request("pay3005", "100"))).isInstanceOf(CollectionOrderState.Unknown.class);
        assertThat(provider.inquire("pay3005")).isInstanceOf(CollectionOrderState.Unknown.class);
        assertThat(provider.inquire("pay3005")).isInstanceOf(CollectionOrderState.Unknown.class);
    }

    @Test
    void serverErrorOnInquiryIsUnknownNotNotFound() {
        fake.nextAnswer(FakeFault.answering(503, "{\"status\":\"error\"}"));

        assertThat(provider.inquire("pay3006")).isInstanceOfSatisfying(CollectionOrderState.Unknown.class,
                unknown -> assertThat(unknown.reason()).contains("HTTP 503"));
    }

    @Test
    void notFoundThatIsNotExpressCheckoutSpeakingIsUnknownNotNotFound() {
        fake.nextAnswer(FakeFault.answering(404, "<html>404 Not Found</html>"));

        assertThat(provider.inquire("pay3007")).isInstanceOfSatisfying(CollectionOrderState.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isFalse());
    }

    @Test
    void wrongCredentialsAreUnknownNotNotFound() {
        Map<String, String> configuration = fake.configuration();
        configuration.put("api-key", "not-the-key");

        CollectionOrderState state = new ExpressCheckoutPlugin().create(configuration)
                .createOrder(Orders.request("pay3008", "100"));

        assertThat(state).isInstanceOfSatisfying(CollectionOrderState.Unknown.class, unknown -> {
            assertThat(unknown.notFound()).isFalse();
            assertThat(unknown.reason()).contains("HTTP 401");
        });
        assertThat(fake.ledger().orderCount()).isZero();
    }

    @Test
    void unreachableExpressCheckoutIsUnknown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> configuration = fake.configuration();
        configuration.put("base-url", "http://127.0.0.1:" + closedPort);

        assertThat(new ExpressCheckoutPlugin().create(configuration).createOrder(Orders.request("pay3009", "100")))
                .isInstanceOfSatisfying(CollectionOrderState.Unknown.class,
                        unknown -> assertThat(unknown.notFound()).isFalse());
    }

    private CollectionProvider withTimeout(String millis) {
        Map<String, String> configuration = fake.configuration();
        configuration.put("timeout-ms", millis);
        return new ExpressCheckoutPlugin().create(configuration);
    }
}
