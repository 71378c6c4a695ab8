package io.payout.gateway.razorpayx;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.PayoutGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InitiationOutcomeTest {
    private final FakeRazorpayX fake = RequestShapeTest.start();
    private final PayoutGateway gateway = new RazorpayXGatewayPlugin().create(fake.configuration());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void processedPayoutSucceedsWithItsUtr() {
        fake.ledger().nextPayoutStarts("processed", null, null, null);

        GatewayResult result = gateway.initiate(Payouts.toBank("txn1001", "100"));

        assertThat(result).isInstanceOfSatisfying(GatewayResult.Succeeded.class, succeeded -> {
            assertThat(succeeded.gatewayRefId()).isEqualTo("UTR00000000000001");
            assertThat(succeeded.rawResponse()).contains("\"status\":\"processed\"");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"pending", "queued", "scheduled", "processing"})
    void payoutInProgressIsPendingWithRazorpayXsId(String status) {
        fake.ledger().nextPayoutStarts(status, null, null, null);

        GatewayResult result = gateway.initiate(Payouts.toBank("txn1002", "100"));

        assertThat(result).isInstanceOfSatisfying(GatewayResult.Pending.class,
                pending -> assertThat(pending.gatewayRefId()).isEqualTo("pout_00000000000001"));
    }

    @ParameterizedTest
    @CsvSource({
            "failed,    beneficiary_bank, invalid_ifsc,               BENEFICIARY, false",
            "failed,    business,         insufficient_funds,         BUSINESS,    true",
            "failed,    gateway,          beneficiary_bank_down,      GATEWAY,     true",
            "failed,    internal,         server_error,               INTERNAL,    false",
            "failed,    somebody_new,     odd_reason,                 GATEWAY,     true",
            "rejected,  business,         rejected_by_approver,       BUSINESS,    true",
            "cancelled, business,         cancelled_by_user,          BUSINESS,    true"})
    void failureSourceDecidesCategoryAndWhetherToRetry(String status, String source, String reason,
                                                       FailureCategory category, boolean retryable) {
        fake.ledger().nextPayoutStarts(status, source, reason, "It went wrong: " + reason);

        GatewayResult result = gateway.initiate(Payouts.toBank("txn1003", "100"));

        assertThat(result).isInstanceOfSatisfying(GatewayResult.Failed.class, failed -> {
            assertThat(failed.responseCode()).isEqualTo(reason);
            assertThat(failed.message()).isEqualTo("It went wrong: " + reason);
            assertThat(failed.category()).isEqualTo(category);
            assertThat(failed.retryable()).isEqualTo(retryable);
        });
    }

    @Test
    void failureWithoutStatusDetailsIsCodedByItsStatusAsAGatewayFailure() {
        fake.ledger().nextPayoutStarts("failed", null, null, null);

        GatewayResult result = gateway.initiate(Payouts.toBank("txn1004", "100"));

        assertThat(result).isEqualTo(new GatewayResult.Failed("failed", "RazorpayX payout failed",
                FailureCategory.GATEWAY, true, ((GatewayResult.Failed) result).rawResponse()));
    }

    @Test
    void requestRazorpayXRefusesWithItsErrorEnvelopeIsAnInternalFailureNotRetried() {
        GatewayResult result = gateway.initiate(Payouts.toBank("txn1005", "0.99"));

        assertThat(result).isInstanceOfSatisfying(GatewayResult.Failed.class, failed -> {
            assertThat(failed.responseCode()).isEqualTo("BAD_REQUEST_ERROR");
            assertThat(failed.message()).isEqualTo("The request is invalid");
            assertThat(failed.category()).isEqualTo(FailureCategory.INTERNAL);
            assertThat(failed.retryable()).isFalse();
        });
    }

    @Test
    void clientErrorWithoutRazorpayXsEnvelopeIsUnknown() {
        fake.nextAnswer(FakeFault.answering(404, "<html>Not Found</html>"));

        GatewayResult result = gateway.initiate(Payouts.toBank("txn1006", "100"));

        assertThat(result).isInstanceOfSatisfying(GatewayResult.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isFalse());
    }

    @Test
    void rateLimitIsAGatewayFailureWorthRetrying() {
        fake.nextAnswer(FakeFault.answering(429, FakeRazorpayX.error("BAD_REQUEST_ERROR", "Too many requests")));

        GatewayResult result = gateway.initiate(Payouts.toBank("txn1007", "100"));

        assertThat(result).isInstanceOfSatisfying(GatewayResult.Failed.class, failed -> {
            assertThat(failed.category()).isEqualTo(FailureCategory.GATEWAY);
            assertThat(failed.retryable()).isTrue();
        });
    }
}
