package io.payout.gateway.dummy;

import static io.payout.gateway.dummy.SamplePayouts.payout;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.GatewayResult.Failed;
import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutInstruction;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayeeAndRailTest {
    private final DummyGateway sandbox = SamplePayouts.sandboxWithoutTimeouts(new MutableClock(SamplePayouts.START));

    @Test
    void upiToABankAccountIsRefusedAndNothingIsRecorded() {
        GatewayResult result = sandbox.initiate(instruction("UPI", SamplePayouts.ACCOUNT, "1.00"));

        assertRefused(result, "DUMMY_INVALID_PAYEE_FOR_RAIL");
        assertThat(sandbox.ledger().totalRecorded()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"IMPS", "NEFT"})
    void bankRailsToAVpaAreRefused(String rail) {
        GatewayResult result = sandbox.initiate(instruction(rail, SamplePayouts.VPA, "1.00"));

        assertRefused(result, "DUMMY_INVALID_PAYEE_FOR_RAIL");
    }

    @Test
    void theWrongPayeeIsRefusedWhateverTheAmount() {
        assertRefused(sandbox.initiate(instruction("UPI", SamplePayouts.ACCOUNT, "98.00")),
                "DUMMY_INVALID_PAYEE_FOR_RAIL");
        assertRefused(sandbox.initiate(instruction("IMPS", SamplePayouts.VPA, "23.00")),
                "DUMMY_INVALID_PAYEE_FOR_RAIL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RTGS", "imps", "", "DUMMY_IMPS"})
    void railsTheSandboxDoesNotHaveAreRefused(String rail) {
        GatewayResult result = sandbox.initiate(instruction(rail, SamplePayouts.ACCOUNT, "1.00"));

        assertRefused(result, "DUMMY_UNSUPPORTED_RAIL");
        assertThat(sandbox.ledger().totalRecorded()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.00", "-1.00"})
    void zeroAndNegativeAmountsAreRefused(String amount) {
        assertRefused(sandbox.initiate(payout("ref-1", "IMPS", amount)), "DUMMY_INVALID_AMOUNT");
        assertThat(sandbox.inquire("ref-1")).isInstanceOf(GatewayResult.Unknown.class);
    }

    private static PayoutInstruction instruction(String rail, Payee payee, String amount) {
        return new PayoutInstruction("ref-1", rail, new BigDecimal(amount), payee, null);
    }

    private static void assertRefused(GatewayResult result, String responseCode) {
        assertThat(result).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.responseCode()).isEqualTo(responseCode);
            assertThat(failed.category()).isEqualTo(FailureCategory.INTERNAL);
            assertThat(failed.retryable()).isFalse();
            assertThat(failed.rawResponse()).contains("\"transactionRef\":\"ref-1\"");
        });
    }
}
