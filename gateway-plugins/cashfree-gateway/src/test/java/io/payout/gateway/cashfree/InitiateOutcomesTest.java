package io.payout.gateway.cashfree;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutInstruction;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InitiateOutcomesTest {
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
    void successIsSucceededWithCashfreeTransferId() {
        GatewayResult result = gateway.initiate(Sandbox.imps("TXN-OK", Sandbox.SUCCESS_ACCOUNT));

        assertThat(result).isInstanceOf(GatewayResult.Succeeded.class);
        assertThat(((GatewayResult.Succeeded) result).gatewayRefId()).startsWith("CF");
        assertThat(result.rawResponse()).contains("\"status\":\"SUCCESS\"");
    }

    @Test
    void receivedIsPendingWithCashfreeTransferId() {
        GatewayResult result = gateway.initiate(Sandbox.imps("TXN-P", Sandbox.PENDING_ACCOUNT));

        assertThat(result).isInstanceOf(GatewayResult.Pending.class);
        assertThat(((GatewayResult.Pending) result).gatewayRefId()).startsWith("CF");
    }

    @Test
    void sandboxInvalidAccountIsBeneficiaryFailureNotRetryable() {
        GatewayResult.Failed failed = (GatewayResult.Failed) gateway.initiate(
                Sandbox.imps("TXN-IA", Sandbox.INVALID_ACCOUNT));

        assertThat(failed.responseCode()).isEqualTo("INVALID_ACCOUNT_FAIL");
        assertThat(failed.message()).isEqualTo("Failed: invalid_account_fail");
        assertThat(failed.category()).isEqualTo(FailureCategory.BENEFICIARY);
        assertThat(failed.retryable()).isFalse();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}, retryable {3}")
    @CsvSource({
            "FAILED, INVALID_IFSC_FAIL, BENEFICIARY, false",
            "FAILED, INVALID_ACCOUNT_FAIL, BENEFICIARY, false",
            "FAILED, BENE_BANK_DECLINED, BENEFICIARY, false",
            "REJECTED, ACCOUNT_BLOCKED, BENEFICIARY, false",
            "FAILED, INSUFFICIENT_BALANCE, BUSINESS, false",
            "REJECTED, DEST_LIMIT_REACHED, BUSINESS, false",
            "FAILED, BANK_GATEWAY_ERROR, GATEWAY, true",
            "FAILED, IMPS_MODE_FAIL, GATEWAY, true",
            "FAILED, REINITIALIZE_TRANSFER_LATER, GATEWAY, true",
            "FAILED, SOMETHING_NEW, GATEWAY, false"})
    void eachFailureCodeMapsToItsCategoryAndRetryability(String status, String code, FailureCategory category,
                                                        boolean retryable) {
        fake.script("111122223333", new FakeState(status, code, "because " + code));

        GatewayResult result = gateway.initiate(Sandbox.imps("TXN-" + code, "111122223333"));

        assertThat(result).isEqualTo(new GatewayResult.Failed(code, "because " + code, category, retryable,
                result.rawResponse()));
    }

    @Test
    void unrecognisedStatusIsUnknown() {
        fake.script("111122223333", new FakeState("ON_HOLD", "HOLD", "held"));

        GatewayResult result = gateway.initiate(Sandbox.imps("TXN-H", "111122223333"));

        assertThat(result).isInstanceOf(GatewayResult.Unknown.class);
        assertThat(((GatewayResult.Unknown) result).notFound()).isFalse();
    }

    @Test
    void validationErrorIsInternalFailureNotRetryable() {
        fake.nextAnswer(400, "{\"type\":\"invalid_request_error\",\"code\":\"transfer_amount_invalid\","
                + "\"message\":\"transfer_amount : should be greater than 1\"}");

        GatewayResult result = gateway.initiate(Sandbox.imps("TXN-V", Sandbox.SUCCESS_ACCOUNT));

        assertThat(result).isEqualTo(new GatewayResult.Failed("transfer_amount_invalid",
                "transfer_amount : should be greater than 1", FailureCategory.INTERNAL, false,
                result.rawResponse()));
    }

    @Test
    void instructionCashfreeCannotTakeIsInternalFailureAndNothingIsSent() {
        GatewayResult result = gateway.initiate(new PayoutInstruction("TXN-X", "UPI", BigDecimal.TEN,
                new Payee.BankAccount("A", Sandbox.SUCCESS_ACCOUNT, Sandbox.IFSC), null));

        assertThat(result).isInstanceOf(GatewayResult.Failed.class);
        assertThat(((GatewayResult.Failed) result).category()).isEqualTo(FailureCategory.INTERNAL);
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void rateLimitIsRetryableGatewayFailure() {
        fake.nextAnswer(429, "{\"code\":\"rate_limit_exceeded\",\"message\":\"slow down\"}");

        GatewayResult.Failed failed = (GatewayResult.Failed) gateway.initiate(
                Sandbox.imps("TXN-R", Sandbox.SUCCESS_ACCOUNT));

        assertThat(failed.category()).isEqualTo(FailureCategory.GATEWAY);
        assertThat(failed.retryable()).isTrue();
    }
}
