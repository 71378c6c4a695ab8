package io.payout.gateway.host.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.collection.spi.CollectionOrderState;
import io.payout.collection.spi.CollectionRequest;
import io.payout.collection.spi.RefundRequest;
import io.payout.collection.spi.RefundState;
import io.payout.collection.spi.WebhookParse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SandboxCollectionProviderTest {
    private final SandboxCollectionProvider sandbox = new SandboxCollectionProvider("https://payout.example/api/");

    @Test
    void newOrderIsOpenWithTheSandboxPaymentPageAsItsLink() {
        CollectionOrderState state = sandbox.createOrder(request("pay1", "100"));

        assertThat(state).isEqualTo(new CollectionOrderState.Open("NEW",
                "https://payout.example/api/sandbox/collections/pay1",
                "https://payout.example/api/sandbox/collections/pay1", null, null));
        assertThat(sandbox.inquire("pay1")).isEqualTo(state);
    }

    @Test
    void defaultPublicBaseUrlIsTheLocalService() {
        CollectionOrderState state = new SandboxCollectionPlugin().create(Map.of()).createOrder(request("pay2", "1"));

        assertThat(((CollectionOrderState.Open) state).webLink())
                .isEqualTo("http://localhost:8080/payout/sandbox/collections/pay2");
        assertThat(((CollectionOrderState.Open) new SandboxCollectionPlugin()
                .create(Map.of("public-base-url", "https://sbx.example")).createOrder(request("pay2", "1"))).webLink())
                .isEqualTo("https://sbx.example/sandbox/collections/pay2");
    }

    @Test
    void paidOrderIsChargedInFullAndCreatingItAgainSaysSo() {
        sandbox.createOrder(request("pay3", "250.50"));

        assertThat(sandbox.markPaid("pay3")).isTrue();

        CollectionOrderState.Charged charged = new CollectionOrderState.Charged(new BigDecimal("250.50"), "CHARGED", null);
        assertThat(sandbox.inquire("pay3")).isEqualTo(charged);
        assertThat(sandbox.createOrder(request("pay3", "250.50"))).isEqualTo(charged);
    }

    @Test
    void paymentOfAnotherAmountIsChargedWithThatAmountAndTheFirstPaymentCounts() {
        sandbox.createOrder(request("pay4", "100"));

        sandbox.markPaid("pay4", new BigDecimal("99.00"));
        sandbox.markPaid("pay4");

        assertThat(sandbox.inquire("pay4"))
                .isEqualTo(new CollectionOrderState.Charged(new BigDecimal("99.00"), "CHARGED", null));
    }

    @Test
    void unknownOrdersAreNotFound() {
        assertThat(sandbox.markPaid("nope")).isFalse();
        assertThat(sandbox.markPaid(null)).isFalse();
        assertThat(sandbox.inquire("nope")).isEqualTo(new CollectionOrderState.Unknown("the sandbox has no such order", true));
        assertThat(sandbox.refund(new RefundRequest("nope", "r1", BigDecimal.ONE)))
                .isInstanceOfSatisfying(RefundState.Unknown.class, unknown -> assertThat(unknown.notFound()).isTrue());
        assertThat(sandbox.inquireRefund("nope", "r1"))
                .isInstanceOfSatisfying(RefundState.Unknown.class, unknown -> assertThat(unknown.notFound()).isTrue());
    }

    @Test
    void refundsSucceedAtOnceOnceEachAndNeverBeyondTheCharge() {
        sandbox.createOrder(request("pay5", "100"));
        sandbox.markPaid("pay5");

        RefundState first = sandbox.refund(new RefundRequest("pay5", "r1", new BigDecimal("60")));
        RefundState again = sandbox.refund(new RefundRequest("pay5", "r1", new BigDecimal("60")));
        RefundState tooMuch = sandbox.refund(new RefundRequest("pay5", "r2", new BigDecimal("40.01")));
        RefundState rest = sandbox.refund(new RefundRequest("pay5", "r3", new BigDecimal("40")));

        assertThat(first).isEqualTo(new RefundState.Known(RefundState.Status.SUCCESS, "sandbox-pay5-1", null));
        assertThat(again).isEqualTo(first);
        assertThat(tooMuch).isInstanceOfSatisfying(RefundState.Known.class,
                known -> assertThat(known.status()).isEqualTo(RefundState.Status.FAILURE));
        assertThat(rest).isInstanceOfSatisfying(RefundState.Known.class,
                known -> assertThat(known.status()).isEqualTo(RefundState.Status.SUCCESS));
        assertThat(sandbox.inquireRefund("pay5", "r1")).isEqualTo(first);
        assertThat(sandbox.inquireRefund("pay5", "r9"))
                .isInstanceOfSatisfying(RefundState.Unknown.class, unknown -> assertThat(unknown.notFound()).isTrue());
    }

    @Test
    void refundOfAnOrderNeverPaidFails() {
        sandbox.createOrder(request("pay6", "100"));

        assertThat(sandbox.refund(new RefundRequest("pay6", "r1", BigDecimal.TEN)))
                .isInstanceOfSatisfying(RefundState.Known.class,
                        known -> assertThat(known.status()).isEqualTo(RefundState.Status.FAILURE));
    }

    @Test
    void everyWebhookIsRejected() {
        assertThat(sandbox.parseWebhook(Map.of(), "{}".getBytes())).isEqualTo(WebhookParse.rejected());
    }

    @Test
    void eightThreadsCreatingPayingAndRefundingAgreeOnOneLedger() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<RefundState>> refunds = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String refundId = "r" + i;
                refunds.add(threads.submit(() -> {
                    start.await();
                    sandbox.createOrder(request("shared", "80"));
                    sandbox.createOrder(request("own" + refundId, "1"));
                    sandbox.markPaid("shared");
                    return sandbox.refund(new RefundRequest("shared", refundId, new BigDecimal("10")));
                }));
            }
            start.countDown();
            for (Future<RefundState> refund : refunds) {
                assertThat(refund.get()).isInstanceOfSatisfying(RefundState.Known.class,
                        known -> assertThat(known.status()).isEqualTo(RefundState.Status.SUCCESS));
            }
            assertThat(sandbox.inquire("shared"))
                    .isEqualTo(new CollectionOrderState.Charged(new BigDecimal("80"), "CHARGED", null));
            assertThat(sandbox.refund(new RefundRequest("shared", "r8", new BigDecimal("0.01"))))
                    .isInstanceOfSatisfying(RefundState.Known.class,
                            known -> assertThat(known.status()).isEqualTo(RefundState.Status.FAILURE));
            assertThat(sandbox.inquire("ownr7")).isInstanceOf(CollectionOrderState.Open.class);
        } finally {
            threads.shutdownNow();
        }
    }

    private static CollectionRequest request(String id, String amount) {
        return new CollectionRequest(id, new BigDecimal(amount), "INR", "cust-1", null, null, "Payout order m1", 30);
    }
}
