package io.payout.gateway.razorpayx;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.PayoutGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InquiryTest {
    private final FakeRazorpayX fake = RequestShapeTest.start();
    private final PayoutGateway gateway = new RazorpayXGatewayPlugin().create(fake.configuration());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void inquiryAsksForTheReferenceOnOurAccount() {
        gateway.inquire("txn2000");

        assertThat(fake.requests().get(0).method()).isEqualTo("GET");
        assertThat(fake.requests().get(0).uri())
                .startsWith("/v1/payouts?account_number=" + FakeRazorpayX.ACCOUNT + "&reference_id=txn2000");
    }

    @Test
    void pendingPayoutIsFoundProcessedByALaterInquiry() {
        fake.ledger().nextPayoutStarts("processing", null, null, null);
        assertThat(gateway.initiate(Payouts.toBank("txn2001", "100"))).isInstanceOf(GatewayResult.Pending.class);
        assertThat(gateway.inquire("txn2001")).isInstanceOf(GatewayResult.Pending.class);

        fake.ledger().transition("txn2001", "processed", null, null, null);

        assertThat(gateway.inquire("txn2001")).isInstanceOfSatisfying(GatewayResult.Succeeded.class,
                succeeded -> assertThat(succeeded.gatewayRefId()).isEqualTo("UTR00000000000001"));
    }

    @Test
    void processedPayoutLaterReversedIsAFailureNeverRetried() {
        fake.ledger().nextPayoutStarts("processed", null, null, null);
        assertThat(gateway.initiate(Payouts.toBank("txn2002", "100"))).isInstanceOf(GatewayResult.Succeeded.class);

        fake.ledger().transition("txn2002", "reversed", "beneficiary_bank", "beneficiary_account_closed",
                "The beneficiary account is closed");

        assertThat(gateway.inquire("txn2002")).isInstanceOfSatisfying(GatewayResult.Failed.class, failed -> {
            assertThat(failed.responseCode()).isEqualTo("beneficiary_account_closed");
            assertThat(failed.retryable()).isFalse();
        });
    }

    @Test
    void reversalWithoutDetailsIsCodedReversedAndNotRetried() {
        fake.ledger().nextPayoutStarts("processed", null, null, null);
        gateway.initiate(Payouts.toBank("txn2003", "100"));
        fake.ledger().transition("txn2003", "reversed", null, null, null);

        assertThat(gateway.inquire("txn2003")).isInstanceOfSatisfying(GatewayResult.Failed.class, failed -> {
            assertThat(failed.responseCode()).isEqualTo("reversed");
            assertThat(failed.category()).isEqualTo(FailureCategory.GATEWAY);
            assertThat(failed.retryable()).isFalse();
        });
    }

    @Test
    void pendingPayoutThatFailsAtTheBankIsFoundFailedByInquiry() {
        gateway.initiate(Payouts.toBank("txn2004", "100"));
        fake.ledger().transition("txn2004", "failed", "beneficiary_bank", "invalid_beneficiary_details", "Bad account");

        assertThat(gateway.inquire("txn2004")).isInstanceOfSatisfying(GatewayResult.Failed.class, failed -> {
            assertThat(failed.category()).isEqualTo(FailureCategory.BENEFICIARY);
            assertThat(failed.retryable()).isFalse();
        });
    }

    @Test
    void referenceRazorpayXNeverReceivedIsUnknownAndNotFound() {
        GatewayResult result = gateway.inquire("txn-never-sent");

        assertThat(result).isInstanceOfSatisfying(GatewayResult.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isTrue());
    }

    @Test
    void newestPayoutWithTheReferenceDecides() {
        String answer = "{\"entity\":\"collection\",\"count\":2,\"items\":["
                + "{\"id\":\"pout_old\",\"status\":\"failed\",\"reference_id\":\"txn2005\",\"created_at\":100},"
                + "{\"id\":\"pout_new\",\"status\":\"processed\",\"utr\":\"UTR9\",\"reference_id\":\"txn2005\","
                + "\"created_at\":200}]}";
        fake.nextAnswer(FakeFault.answering(200, answer));

        assertThat(gateway.inquire("txn2005")).isInstanceOfSatisfying(GatewayResult.Succeeded.class,
                succeeded -> assertThat(succeeded.gatewayRefId()).isEqualTo("UTR9"));
    }

    @Test
    void inquiryErrorsAreUnknownButNotNotFound() {
        fake.nextAnswer(FakeFault.answering(500, "oops"));
        fake.nextAnswer(FakeFault.answering(400, FakeRazorpayX.error("BAD_REQUEST_ERROR", "bad")));
        fake.nextAnswer(FakeFault.answering(200, "{\"entity\":\"collection\"}"));

        for (int i = 0; i < 3; i++) {
            assertThat(gateway.inquire("txn2006")).isInstanceOfSatisfying(GatewayResult.Unknown.class,
                    unknown -> assertThat(unknown.notFound()).isFalse());
        }
    }
}
