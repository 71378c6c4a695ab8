package io.payout.gateway.razorpayx;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.PayoutGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CancelTest {
    private final FakeRazorpayX fake = RequestShapeTest.start();
    private final PayoutGateway gateway = new RazorpayXGatewayPlugin().create(fake.configuration());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void queuedPayoutIsCancelledByItsIdAndReportedAsFailed() {
        fake.ledger().nextPayoutStarts("queued", "business", "low_balance", "Queued for low balance");
        gateway.initiate(Payouts.toBank("txn7001", "100"));

        GatewayResult result = gateway.cancel("txn7001");

        assertThat(fake.requests().get(2).uri()).isEqualTo("/v1/payouts/pout_00000000000001/cancel");
        assertThat(result).isInstanceOfSatisfying(GatewayResult.Failed.class,
                failed -> assertThat(failed.responseCode()).isEqualTo("cancelled_by_user"));
        assertThat(gateway.inquire("txn7001")).isInstanceOf(GatewayResult.Failed.class);
    }

    @Test
    void payoutAlreadyAtTheBankIsNotCancelledAndItsStateIsReported() {
        fake.ledger().nextPayoutStarts("processing", null, null, null);
        gateway.initiate(Payouts.toBank("txn7002", "100"));

        GatewayResult result = gateway.cancel("txn7002");

        assertThat(result).isInstanceOf(GatewayResult.Pending.class);
        assertThat(fake.requests()).noneMatch(request -> request.uri().endsWith("/cancel"));
    }

    @Test
    void cancelOfAReferenceNeverReceivedIsUnknownAndNotFound() {
        assertThat(gateway.cancel("txn-none")).isInstanceOfSatisfying(GatewayResult.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isTrue());
    }

    @Test
    void cancelRazorpayXRefusesIsUnknownNotAFailure() {
        fake.ledger().nextPayoutStarts("queued", null, null, null);
        gateway.initiate(Payouts.toBank("txn7003", "100"));
        fake.nextAnswer(FakeFault.answering(200, "{\"items\":[{\"id\":\"pout_00000000000001\",\"status\":\"queued\"}]}"));
        fake.ledger().transition("txn7003", "processing", null, null, null);

        GatewayResult result = gateway.cancel("txn7003");

        assertThat(result).isInstanceOf(GatewayResult.Unknown.class);
    }
}
