package io.payout.domain;

import static io.payout.domain.Refusals.refusedOn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BankAccountBeneficiaryTest {
    private static final String NAME = "Asha Rao";
    private static final String ACCOUNT = "026291800001191";
    private static final String IFSC = "YESB0000262";

    @Test
    void validAccountIsAcceptedAsAccountIfsc() {
        BankAccountBeneficiary bene = new BankAccountBeneficiary(NAME, ACCOUNT, IFSC);

        assertThat(bene.type()).isEqualTo(BeneficiaryType.ACCOUNT_IFSC);
        assertThat(bene.name()).isEqualTo(NAME);
        assertThat(bene.account()).isEqualTo(ACCOUNT);
        assertThat(bene.ifsc()).isEqualTo(IFSC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"YESB0000262", "HDFC0ABC123", "SBIN0000001", "ICIC0A1B2C3"})
    void ifscOfFourLettersZeroAndSixAlphanumericsIsAccepted(String ifsc) {
        assertThat(new BankAccountBeneficiary(NAME, ACCOUNT, ifsc).ifsc()).isEqualTo(ifsc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesb0000262", "YESB1000262", "YES00000262", "YESB000026", "YESB00002620", "YESB000026a",
            "YESB 000262", " YESB0000262", "1ESB0000262"})
    void ifscOfAnotherShapeIsRefused(String ifsc) {
        refusedOn("ifsc", () -> new BankAccountBeneficiary(NAME, ACCOUNT, ifsc));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingIfscIsRefused(String ifsc) {
        assertThat(refusedOn("ifsc", () -> new BankAccountBeneficiary(NAME, ACCOUNT, ifsc)).reason())
                .isEqualTo("is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "123456789012345678", "000000000"})
    void accountOfNineToEighteenDigitsIsAccepted(String account) {
        assertThat(new BankAccountBeneficiary(NAME, account, IFSC).account()).isEqualTo(account);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1234567890123456789", "12345678A", "1234-56789", "1234 56789",
            "١٢٣٤٥٦٧٨٩"})
    void accountOfAnotherShapeIsRefused(String account) {
        refusedOn("account", () -> new BankAccountBeneficiary(NAME, account, IFSC));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingAccountIsRefused(String account) {
        refusedOn("account", () -> new BankAccountBeneficiary(NAME, account, IFSC));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void missingOrBlankNameIsRefused(String name) {
        refusedOn("name", () -> new BankAccountBeneficiary(name, ACCOUNT, IFSC));
    }

    @Test
    void nameOfAHundredCharactersIsAccepted() {
        assertThat(new BankAccountBeneficiary("n".repeat(100), ACCOUNT, IFSC).name()).hasSize(100);
    }

    @Test
    void nameLongerThanAHundredCharactersIsRefused() {
        refusedOn("name", () -> new BankAccountBeneficiary("n".repeat(101), ACCOUNT, IFSC));
    }

    @Test
    void nameWithAControlCharacterIsRefused() {
        refusedOn("name", () -> new BankAccountBeneficiary("Asha\nRao", ACCOUNT, IFSC));
    }

    @Test
    void nameIsCheckedBeforeAccountAndIfsc() {
        refusedOn("name", () -> new BankAccountBeneficiary(null, "bad", "bad"));
        refusedOn("account", () -> new BankAccountBeneficiary(NAME, "bad", "bad"));
    }

    @Test
    void maskedAccountShowsOnlyTheLastFourDigits() {
        assertThat(new BankAccountBeneficiary(NAME, ACCOUNT, IFSC).maskedAccount()).isEqualTo("XXXXXXXXXXX1191");
        assertThat(new BankAccountBeneficiary(NAME, "123456789", IFSC).maskedAccount()).isEqualTo("XXXXX6789");
    }

    @Test
    void nestedErrorsNameTheFullPath() {
        InvalidInputException e = refusedOn("fulfillments[0].beneficiaryDetails.details.ifsc",
                () -> InvalidInputException.at("fulfillments[0].beneficiaryDetails.details",
                        () -> new BankAccountBeneficiary(NAME, ACCOUNT, "bad")));

        assertThat(e.reason()).contains("IFSC");
    }
}
