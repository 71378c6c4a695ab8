package io.payout.gateway.razorpayx;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.PayoutGateway;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LostAnswersTest {
    private final FakeRazorpayX fake = RequestShapeTest.start();
    private final PayoutGateway gateway = new RazorpayXGatewayPlugin().create(fake.configuration());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void serverErrorIsUnknownAndTheInquiryThenFindsThePayout() {
        fake.ledger().nextPayoutStarts("processed", null, null, null);
        fake.nextAnswer(FakeFault.doneThenBadGateway());

        GatewayResult result = gateway.initiate(Payouts.toBank("txn3001", "100"));

        assertThat(result).isInstanceOfSatisfying(GatewayResult.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isFalse());
        assertThat(gateway.inquire("txn3001")).isInstanceOf(GatewayResult.Succeeded.class);
    }

    @Test
    void answerSlowerThanTheRequestTimeoutIsUnknownWithinAboutThatTime() {
        Map<String, String> configuration = fake.configuration();
        configuration.put("request-timeout-ms", "300");
        PayoutGateway impatient = new RazorpayXGatewayPlugin().create(configuration);
        fake.nextAnswer(FakeFault.slow(3000));

        long start = System.nanoTime();
        GatewayResult result = impatient.initiate(Payouts.toBank("txn3002", "100"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result).isInstanceOfSatisfying(GatewayResult.Unknown.class,
                unknown -> assertThat(unknown.reason()).contains("300 ms"));
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(250)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void slowInquiryIsUnknownButNotNotFound() {
        Map<String, String> configuration = fake.configuration();
        configuration.put("request-timeout-ms", "200");
        fake.nextAnswer(FakeFault.slow(2000));

        GatewayResult result = new RazorpayXGatewayPlugin().create(configuration).inquire("txn3003");

        assertThat(result).isInstanceOfSatisfying(GatewayResult.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isFalse());
    }

    @Test
    void malformedBodyIsUnknown() {
        fake.nextAnswer(FakeFault.answering(200, "{\"id\":\"pout_1\",\"status\":\"processed\""));

        assertThat(gateway.initiate(Payouts.toBank("txn3004", "100"))).isInstanceOf(GatewayResult.Unknown.class);
    }

    @Test
    void successfulAnswerThatIsNotAPayoutIsUnknown() {
        fake.nextAnswer(FakeFault.answering(200, "{\"id\":\"pout_1\",\"status\":\"teleported\"}"));
        fake.nextAnswer(FakeFault.answering(200, "[1,2,3]"));

        assertThat(gateway.initiate(Payouts.toBank("txn3005", "100"))).isInstanceOf(GatewayResult.Unknown.class);
        assertThat(gateway.initiate(Payouts.toBank("txn3005", "100"))).isInstanceOf(GatewayResult.Unknown.class);
    }

    @Test
    void unreachableRazorpayXIsUnknown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> configuration = fake.configuration();
        configuration.put("base-url", "http://127.0.0.1:" + closedPort);

        GatewayResult result = new RazorpayXGatewayPlugin().create(configuration)
                .initiate(Payouts.toBank("txn3006", "100"));

        assertThat(result).isInstanceOfSatisfying(GatewayResult.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isFalse());
    }
}
