package io.payout.gateway.cashfree;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.GatewayResult;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnknownOutcomesTest {
    private FakeCashfree fake;
    private CashfreeGateway gateway;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeCashfree();
        gateway = Sandbox.gateway(fake);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void reusedTransferIdIsUnknownToInquireAndNeverASecondTransfer() {
        assertThat(gateway.initiate(Sandbox.imps("TXN-DUP", Sandbox.INVALID_ACCOUNT)))
                .isInstanceOf(GatewayResult.Failed.class);

        GatewayResult again = gateway.initiate(Sandbox.imps("TXN-DUP", Sandbox.INVALID_ACCOUNT));

        assertThat(again).isInstanceOf(GatewayResult.Unknown.class);
        assertThat(((GatewayResult.Unknown) again).notFound()).isFalse();
        assertThat(((GatewayResult.Unknown) again).reason()).contains("already received");
        assertThat(fake.transfersRecorded()).isEqualTo(1);
        assertThat(fake.requests()).hasSize(2);
    }

    @Test
    void duplicateRefusedWithA400IsStillUnknown() {
        fake.nextAnswer(400, "{\"code\":\"transfer_id_already_exists\",\"message\":\"Transfer Id already exists\"}");

        assertThat(gateway.initiate(Sandbox.imps("TXN-D4", Sandbox.SUCCESS_ACCOUNT)))
                .isInstanceOf(GatewayResult.Unknown.class);
    }

    @Test
    void serverErrorAtInitiationIsUnknown() {
        fake.nextAnswer(500, "{\"message\":\"internal error\"}");

        GatewayResult result = gateway.initiate(Sandbox.imps("TXN-500", Sandbox.SUCCESS_ACCOUNT));

        assertThat(result).isInstanceOf(GatewayResult.Unknown.class);
        assertThat(((GatewayResult.Unknown) result).notFound()).isFalse();
    }

    @Test
    void notFoundAtInitiationIsUnknownButNotNotFound() {
        fake.nextAnswer(404, "{\"message\":\"not found\"}");

        GatewayResult result = gateway.initiate(Sandbox.imps("TXN-404", Sandbox.SUCCESS_ACCOUNT));

        assertThat(result).isInstanceOf(GatewayResult.Unknown.class);
        assertThat(((GatewayResult.Unknown) result).notFound()).isFalse();
    }

    @Test
    void slowAnswerPastTheRequestTimeoutIsUnknownWithinAboutThatTime() {
        fake.delayNext(3000);

        long start = System.nanoTime();
        GatewayResult result = gateway.initiate(Sandbox.imps("TXN-SLOW", Sandbox.SUCCESS_ACCOUNT));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(result).isInstanceOf(GatewayResult.Unknown.class);
        assertThat(((GatewayResult.Unknown) result).reason()).contains("1000 ms");
        assertThat(elapsedMs).isBetween(900L, 2000L);
    }

    @Test
    void lostAnswerAtInitiationIsFoundByInquiry() {
        fake.delayNext(1500);
        gateway.initiate(Sandbox.imps("TXN-LOST", Sandbox.SUCCESS_ACCOUNT));

        assertThat(gateway.inquire("TXN-LOST")).isInstanceOf(GatewayResult.Succeeded.class);
    }

    @Test
    void malformedBodyIsUnknown() {
        fake.nextAnswer(200, "<html>gateway</html>");

        assertThat(gateway.initiate(Sandbox.imps("TXN-MAL", Sandbox.SUCCESS_ACCOUNT)))
                .isInstanceOf(GatewayResult.Unknown.class);
    }

    @Test
    void connectionRefusedIsUnknown() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CashfreeGateway closed = (CashfreeGateway) new CashfreeGatewayPlugin().create(Map.of(
                "base-url", "http://127.0.0.1:" + port + "/payout", "client-id", "id", "client-secret", "secret"));

        assertThat(closed.initiate(Sandbox.imps("TXN-C", Sandbox.SUCCESS_ACCOUNT)))
                .isInstanceOf(GatewayResult.Unknown.class);
        assertThat(closed.inquire("TXN-C")).isInstanceOf(GatewayResult.Unknown.class)
                .extracting(r -> ((GatewayResult.Unknown) r).notFound()).isEqualTo(false);
    }

    @Test
    void interruptedCallIsUnknownAndKeepsTheInterruptFlag() {
        fake.delayNext(800);
        Thread.currentThread().interrupt();

        GatewayResult result = gateway.initiate(Sandbox.imps("TXN-INT", Sandbox.SUCCESS_ACCOUNT));

        assertThat(Thread.interrupted()).isTrue();
        assertThat(result).isInstanceOf(GatewayResult.Unknown.class);
    }
}
