package io.payout.gateway.razorpayx;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.PayoutGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdempotencyTest {
    private final FakeRazorpayX fake = RequestShapeTest.start();
    private final PayoutGateway gateway = new RazorpayXGatewayPlugin().create(fake.configuration());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void repeatedReferenceGetsTheSamePayoutAndRazorpayXRecordsOnlyOne() {
        GatewayResult first = gateway.initiate(Payouts.toBank("txn4001", "250.75"));
        GatewayResult second = gateway.initiate(Payouts.toBank("txn4001", "250.75"));

        assertThat(second).isEqualTo(first).isInstanceOf(GatewayResult.Pending.class);
        assertThat(fake.ledger().count()).isEqualTo(1);
        assertThat(fake.requests()).extracting(r -> r.header("x-payout-idempotency")).containsOnly("txn4001");
        assertThat(fake.requests().get(1).body()).isEqualTo(fake.requests().get(0).body());
    }

    @Test
    void repeatAfterALostAnswerFindsTheFirstPayout() {
        fake.nextAnswer(FakeFault.doneThenBadGateway());

        assertThat(gateway.initiate(Payouts.toBank("txn4002", "100"))).isInstanceOf(GatewayResult.Unknown.class);
        assertThat(gateway.initiate(Payouts.toBank("txn4002", "100"))).isInstanceOf(GatewayResult.Pending.class);
        assertThat(fake.ledger().count()).isEqualTo(1);
    }

    @Test
    void sameReferenceWithAnotherBodyIsRefusedAsAnInternalFailureAndPaysNothingMore() {
        gateway.initiate(Payouts.toBank("txn4003", "100"));

        GatewayResult conflict = gateway.initiate(Payouts.toBank("txn4003", "200"));

        assertThat(conflict).isInstanceOfSatisfying(GatewayResult.Failed.class, failed -> {
            assertThat(failed.category()).isEqualTo(FailureCategory.INTERNAL);
            assertThat(failed.retryable()).isFalse();
            assertThat(failed.message()).contains("same idempotency header");
        });
        assertThat(fake.ledger().count()).isEqualTo(1);
    }
}
