package io.payout.gateway.dummy;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.BeneficiaryCheck;
import io.payout.gateway.spi.Capability;
import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutGateway;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DUMMY validates beneficiaries with Juspay's sandbox test data, every time the same way. */
class BeneficiaryValidationTest {
    /** Loses every payout answer: validation answers are not lost. */
    private final PayoutGateway sandbox = new DummyGatewayPlugin().create(Map.of("timeout-share", "1"));

    @Test
    void declaresBeneficiaryValidation() {
        assertThat(new DummyGatewayPlugin().capabilities()).contains(Capability.VALIDATE_BENEFICIARY);
    }

    @Test
    void theSandboxAccountAtItsIfscIsValidWithAFixedHolderName() {
        BeneficiaryCheck check = sandbox.validateBeneficiary(
                new Payee.BankAccount("Asha Rao", "026291800001191", "YESB0000262"));

        assertThat(check).isEqualTo(new BeneficiaryCheck.Valid("JUSPAY SANDBOX ACCOUNT HOLDER"));
    }

    @ParameterizedTest
    @CsvSource({"026291800001191, HDFC0000001", "026291800001192, YESB0000262", "123456789, YESB0000262"})
    void anyOtherAccountIsInvalid(String account, String ifsc) {
        assertThat(sandbox.validateBeneficiary(new Payee.BankAccount("Asha Rao", account, ifsc)))
                .isInstanceOfSatisfying(BeneficiaryCheck.Invalid.class,
                        invalid -> assertThat(invalid.reason()).startsWith("DUMMY_INVALID_ACCOUNT"));
    }

    @Test
    void successAtUpiIsValid() {
        assertThat(sandbox.validateBeneficiary(new Payee.Vpa("Ravi K", "success@upi", null)))
                .isEqualTo(new BeneficiaryCheck.Valid("JUSPAY SANDBOX UPI USER"));
    }

    @Test
    void invalidAtUpiIsInvalid() {
        assertThat(sandbox.validateBeneficiary(new Payee.Vpa("Ravi K", "invalid@upi", "9876543210")))
                .isInstanceOf(BeneficiaryCheck.Invalid.class);
    }

    @Test
    void errorAtUpiGetsNoAnswerEveryTime() {
        for (int i = 0; i < 3; i++) {
            assertThat(sandbox.validateBeneficiary(new Payee.Vpa("Ravi K", "error@upi", null)))
                    .isInstanceOfSatisfying(BeneficiaryCheck.Error.class,
                            error -> assertThat(error.reason()).startsWith("DUMMY_VALIDATION_ERROR"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ravi@okhdfc", "SUCCESS@upi", "success@upi2"})
    void anyOtherVpaIsInvalid(String vpa) {
        assertThat(sandbox.validateBeneficiary(new Payee.Vpa("Ravi K", vpa, null)))
                .isInstanceOfSatisfying(BeneficiaryCheck.Invalid.class,
                        invalid -> assertThat(invalid.reason()).startsWith("DUMMY_INVALID_VPA"));
    }

    @Test
    void anInterruptedValidationWaitingOutItsLatencyIsAnError() {
        PayoutGateway slow = new DummyGatewayPlugin().create(Map.of("timeout-share", "0", "latency-ms", "5000"));
        Thread.currentThread().interrupt();
        try {
            assertThat(slow.validateBeneficiary(new Payee.Vpa("Ravi K", "success@upi", null)))
                    .isInstanceOf(BeneficiaryCheck.Error.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
