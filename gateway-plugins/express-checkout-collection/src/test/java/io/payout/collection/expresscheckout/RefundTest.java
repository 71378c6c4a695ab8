package io.payout.collection.expresscheckout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.collection.spi.CollectionProvider;
import io.payout.collection.spi.RefundRequest;
import io.payout.collection.spi.RefundState;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RefundTest {
    private final FakeExpressCheckout fake = FakeExpressCheckout.start();
    private final CollectionProvider provider = new ExpressCheckoutPlugin().create(fake.configuration());

    @BeforeEach
    void paidOrder() {
        provider.createOrder(Orders.request("pay2001", "300"));
        fake.ledger().charge("pay2001");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void refundIsAFormPostAnsweredWithTheRefundFoundByItsUniqueRequestId() {
        RefundState state = provider.refund(refund("refund1", "300"));

        FakeExpressCheckout.RecordedRequest request = fake.requests().get(1);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/orders/pay2001/refunds");
        assertThat(request.header("content-type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.form()).containsExactly(Map.entry("unique_request_id", "refund1"),
                Map.entry("amount", "300.00"));
        assertThat(state).isInstanceOfSatisfying(RefundState.Known.class, known -> {
            assertThat(known.status()).isEqualTo(RefundState.Status.PENDING);
            assertThat(known.providerRefundId()).isEqualTo("rfd_00000002");
        });
    }

    @Test
    void sameUniqueRequestIdTwiceRefundsOnce() {
        RefundState first = provider.refund(refund("refund2", "100"));
        RefundState second = provider.refund(refund("refund2", "100"));

        assertThat(fake.ledger().refundCount("pay2001")).isEqualTo(1);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void refundInquiryFollowsTheRefundToItsOutcome() {
        provider.refund(refund("refund3", "100"));
        provider.refund(refund("refund4", "50"));
        fake.ledger().settleRefund("pay2001", "refund3", "SUCCESS");
        fake.ledger().settleRefund("pay2001", "refund4", "FAILURE");

        assertThat(provider.inquireRefund("pay2001", "refund3")).isInstanceOfSatisfying(RefundState.Known.class,
                known -> assertThat(known.status()).isEqualTo(RefundState.Status.SUCCESS));
        assertThat(provider.inquireRefund("pay2001", "refund4")).isInstanceOfSatisfying(RefundState.Known.class,
                known -> assertThat(known.status()).isEqualTo(RefundState.Status.FAILURE));
        assertThat(fake.requests().get(fake.requests().size() - 1).path()).isEqualTo("/orders/pay2001");
    }

    @Test
    void manualReviewIsStillPending() {
        fake.ledger().nextRefundStarts("MANUAL_REVIEW");

        assertThat(provider.refund(refund("refund5", "10"))).isInstanceOfSatisfying(RefundState.Known.class,
                known -> assertThat(known.status()).isEqualTo(RefundState.Status.PENDING));
    }

    @Test
    void inquiryOfARefundNeverAskedForIsUnknownNotFound() {
        provider.refund(refund("refund6", "10"));

        assertThat(provider.inquireRefund("pay2001", "refund7")).isInstanceOfSatisfying(RefundState.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isTrue());
        assertThat(provider.inquireRefund("pay9999", "refund7")).isInstanceOfSatisfying(RefundState.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isTrue());
    }

    @Test
    void refundExpressCheckoutRefusesAndDoesNotHaveIsFailure() {
        RefundState state = provider.refund(refund("refund8", "300.01"));

        assertThat(state).isInstanceOfSatisfying(RefundState.Known.class, known -> {
            assertThat(known.status()).isEqualTo(RefundState.Status.FAILURE);
            assertThat(known.providerRefundId()).isNull();
            assertThat(known.raw()).contains("exceeds the amount charged");
        });
        assertThat(fake.ledger().refundCount("pay2001")).isZero();
    }

    @Test
    void refundRefusedButMadeByAnEarlierRequestAnswersThatRefund() {
        provider.refund(refund("refund9", "10"));
        fake.nextAnswer(FakeFault.answering(400, FakeExpressCheckout.error("invalid_request", "Duplicate request")));

        assertThat(provider.refund(refund("refund9", "10"))).isInstanceOfSatisfying(RefundState.Known.class,
                known -> assertThat(known.status()).isEqualTo(RefundState.Status.PENDING));
    }

    @Test
    void refundOfAnOrderExpressCheckoutDoesNotHaveIsUnknownNotFound() {
        assertThat(provider.refund(new RefundRequest("pay9998", "refund10", BigDecimal.TEN)))
                .isInstanceOfSatisfying(RefundState.Unknown.class, unknown -> assertThat(unknown.notFound()).isTrue());
    }

    @Test
    void lostRefundAnswerIsUnknownAndTheInquiryThenFindsTheRefund() {
        fake.nextAnswer(FakeFault.doneThenServerError());

        RefundState lost = provider.refund(refund("refund11", "20"));

        assertThat(lost).isInstanceOfSatisfying(RefundState.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isFalse());
        assertThat(provider.inquireRefund("pay2001", "refund11")).isInstanceOf(RefundState.Known.class);
        assertThat(fake.ledger().refundCount("pay2001")).isEqualTo(1);
    }

    @Test
    void rateLimitedRefundIsUnknownNotFailure() {
        fake.nextAnswer(FakeFault.answering(429, FakeExpressCheckout.error("too_many_requests", "Slow down")));

        assertThat(provider.refund(refund("refund12", "20"))).isInstanceOfSatisfying(RefundState.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isFalse());
    }

    @Test
    void refundAnswerWithoutTheRefundIsUnknown() {
        fake.nextAnswer(FakeFault.answering(200, "{\"order_id\":\"pay2001\",\"status\":\"CHARGED\",\"refunds\":[]}"));

        assertThat(provider.refund(refund("refund13", "20"))).isInstanceOfSatisfying(RefundState.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isFalse());
    }

    @Test
    void uniqueRequestIdsExpressCheckoutCannotTakeAreRefusedBeforeAnyCall() {
        int before = fake.requests().size();

        assertThatThrownBy(() -> provider.refund(refund("refund 14", "20")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> provider.inquireRefund("pay2001", "x".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(fake.requests()).hasSize(before);
    }

    private static RefundRequest refund(String uniqueRequestId, String amount) {
        return new RefundRequest("pay2001", uniqueRequestId, new BigDecimal(amount));
    }
}
