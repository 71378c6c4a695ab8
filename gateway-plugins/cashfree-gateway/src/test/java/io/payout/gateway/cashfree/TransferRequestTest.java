package io.payout.gateway.cashfree;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutInstruction;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TransferRequestTest {
    private static PayoutInstruction instruction(String rail, String amount, Payee payee) {
        return new PayoutInstruction("T", rail, new BigDecimal(amount), payee, null);
    }

    private static final Payee BANK = new Payee.BankAccount("Asha", "026291800001191", "YESB0000262");
    private static final Payee VPA = new Payee.Vpa("Ravi", "ravi@okbank", null);

    @Test
    void remarksKeepOnlyLettersDigitsAndSingleSpacesUpToSeventyCharacters() {
        assertThat(TransferRequest.remarks("  Refund: order #42 / ₹10  ")).contains("Refund order 42 10");
        assertThat(TransferRequest.remarks("x".repeat(100)).orElseThrow()).hasSize(70);
        assertThat(TransferRequest.remarks("!!!")).isEmpty();
        assertThat(TransferRequest.remarks(null)).isEmpty();
    }

    @Test
    void beneficiaryIdIsStableShortAlphanumericAndDiffersByPayee() {
        String id = BeneficiaryId.of(BANK);
        assertThat(id).matches("[A-Z0-9]{1,50}").isEqualTo(BeneficiaryId.of(
                new Payee.BankAccount("Asha", "026291800001191", "yesb0000262")));
        assertThat(id).doesNotContain("026291800001191");
        assertThat(BeneficiaryId.of(VPA)).matches("[A-Z0-9]{1,50}").isNotEqualTo(id);
        assertThat(BeneficiaryId.of(new Payee.BankAccount("Asha", "026291800001190", "YESB0000262")))
                .isNotEqualTo(id);
    }

    @Test
    void refusesUnsupportedRailsWrongPayeesAndBadAmountsBeforeSending() {
        assertThat(TransferRequest.refusal(instruction("SWIFT", "10", BANK))).isPresent();
        assertThat(TransferRequest.refusal(instruction("UPI", "10", BANK))).isPresent();
        assertThat(TransferRequest.refusal(instruction("IMPS", "10", VPA))).isPresent();
        assertThat(TransferRequest.refusal(instruction("IMPS", "0", BANK))).isPresent();
        assertThat(TransferRequest.refusal(instruction("IMPS", "-1", BANK))).isPresent();
        assertThat(TransferRequest.refusal(instruction("IMPS", "10.005", BANK))).isPresent();
        assertThat(TransferRequest.refusal(instruction("IMPS", "10.500", BANK))).isEmpty();
        assertThat(TransferRequest.refusal(instruction("UPI", "1", VPA))).isEmpty();
    }
}
