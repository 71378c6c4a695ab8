package io.payout.gateway.cashfree;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InquiryTest {
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
    void pendingThenSuccessIsSeenThroughInquiry() {
        assertThat(gateway.initiate(Sandbox.imps("TXN-PS", Sandbox.PENDING_THEN_SUCCESS_ACCOUNT)))
                .isInstanceOf(GatewayResult.Pending.class);
        assertThat(gateway.inquire("TXN-PS")).isInstanceOf(GatewayResult.Pending.class);

        GatewayResult result = gateway.inquire("TXN-PS");

        assertThat(result).isInstanceOf(GatewayResult.Succeeded.class);
        assertThat(((GatewayResult.Succeeded) result).gatewayRefId()).startsWith("CF");
    }

    @Test
    void pendingThenFailureIsSeenThroughInquiry() {
        gateway.initiate(Sandbox.imps("TXN-PF", Sandbox.PENDING_THEN_FAILURE_ACCOUNT));
        gateway.inquire("TXN-PF");

        GatewayResult.Failed failed = (GatewayResult.Failed) gateway.inquire("TXN-PF");

        assertThat(failed.responseCode()).isEqualTo("BENE_BANK_DECLINED");
        assertThat(failed.category()).isEqualTo(FailureCategory.BENEFICIARY);
    }

    @Test
    void successThenReversedIsFailedNotRetryable() {
        assertThat(gateway.initiate(Sandbox.imps("TXN-REV", Sandbox.SUCCESS_THEN_REVERSED_ACCOUNT)))
                .isInstanceOf(GatewayResult.Succeeded.class);
        assertThat(gateway.inquire("TXN-REV")).isInstanceOf(GatewayResult.Succeeded.class);

        GatewayResult result = gateway.inquire("TXN-REV");

        assertThat(result).isInstanceOf(GatewayResult.Failed.class);
        GatewayResult.Failed failed = (GatewayResult.Failed) result;
        assertThat(failed.responseCode()).isEqualTo("REVERSED");
        assertThat(failed.retryable()).isFalse();
    }

    @Test
    void reversalOfATransientCodeIsStillNotRetryable() {
        fake.script("999900001111", FakeState.SUCCESS, new FakeState("REVERSED", "BANK_GATEWAY_ERROR", "bank"));
        gateway.initiate(Sandbox.imps("TXN-REV2", "999900001111"));

        GatewayResult.Failed failed = (GatewayResult.Failed) gateway.inquire("TXN-REV2");

        assertThat(failed.retryable()).isFalse();
    }

    @Test
    void unknownTransferIdIsUnknownNotFound() {
        GatewayResult result = gateway.inquire("NEVER-SENT");

        assertThat(result).isInstanceOf(GatewayResult.Unknown.class);
        assertThat(((GatewayResult.Unknown) result).notFound()).isTrue();
    }

    @Test
    void emptyListAnswerIsUnknownNotFound() {
        fake.nextAnswer(200, "[]");

        assertThat(gateway.inquire("NEVER-SENT")).isEqualTo(new GatewayResult.Unknown(
                "Cashfree has no transfer NEVER-SENT", true, "[]"));
    }

    @Test
    void listAnswerIsReadFromItsFirstTransfer() {
        fake.nextAnswer(200, "[{\"transfer_id\":\"TXN-L\",\"cf_transfer_id\":77,\"status\":\"SUCCESS\"}]");

        assertThat(gateway.inquire("TXN-L")).isInstanceOf(GatewayResult.Succeeded.class)
                .extracting(r -> ((GatewayResult.Succeeded) r).gatewayRefId()).isEqualTo("77");
    }

    @Test
    void answerAboutAnotherTransferIsUnknown() {
        fake.nextAnswer(200, "{\"transfer_id\":\"OTHER\",\"status\":\"SUCCESS\"}");

        assertThat(gateway.inquire("TXN-A")).isInstanceOf(GatewayResult.Unknown.class);
    }

    @Test
    void serverErrorOnInquiryIsUnknownButNotNotFound() {
        fake.nextAnswer(503, "{\"message\":\"down\"}");

        GatewayResult result = gateway.inquire("TXN-5XX");

        assertThat(result).isInstanceOf(GatewayResult.Unknown.class);
        assertThat(((GatewayResult.Unknown) result).notFound()).isFalse();
    }

    @Test
    void malformedInquiryAnswerIsUnknown() {
        fake.nextAnswer(200, "{\"status\":");

        assertThat(gateway.inquire("TXN-M")).isInstanceOf(GatewayResult.Unknown.class);
    }

    @Test
    void authenticationErrorOnInquiryIsUnknownNotFailed() {
        fake.nextAnswer(401, "{\"code\":\"authentication_failed\",\"message\":\"bad credentials\"}");

        GatewayResult result = gateway.inquire("TXN-AUTH");

        assertThat(result).isInstanceOf(GatewayResult.Unknown.class);
        assertThat(((GatewayResult.Unknown) result).notFound()).isFalse();
    }
}
