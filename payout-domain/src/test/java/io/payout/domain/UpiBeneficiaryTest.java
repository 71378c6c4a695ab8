package io.payout.domain;

import static io.payout.domain.Refusals.refusedOn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UpiBeneficiaryTest {
    private static final String NAME = "Ravi K";

    @Test
    void vpaWithoutMobileIsAcceptedAsUpiId() {
        UpiBeneficiary bene = new UpiBeneficiary(NAME, "success@upi", null);

        assertThat(bene.type()).isEqualTo(BeneficiaryType.UPI_ID);
        assertThat(bene.vpa()).isEqualTo("success@upi");
        assertThat(bene.mobileNo()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"success@upi", "ravi.k-99@okhdfcbank", "9876543210@ybl", "ab@paytm", "r_k@axis.bank"})
    void vpaOfUserAtHandleIsAccepted(String vpa) {
        assertThat(new UpiBeneficiary(NAME, vpa, null).vpa()).isEqualTo(vpa);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ravi", "ravi@", "@upi", "ravi@@upi", "ravi@u", "ravi@1upi", ".ravi@upi", "ravi k@upi",
            "ravi@up i", "ravi@upi@ok"})
    void vpaOfAnotherShapeIsRefused(String vpa) {
        refusedOn("vpa", () -> new UpiBeneficiary(NAME, vpa, null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingVpaIsRefused(String vpa) {
        refusedOn("vpa", () -> new UpiBeneficiary(NAME, vpa, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9876543210", "+919876543210"})
    void mobileOfTenDigitsOptionallyAfterPlus91IsAccepted(String mobile) {
        assertThat(new UpiBeneficiary(NAME, "success@upi", mobile).mobileNo()).isEqualTo(mobile);
    }

    @ParameterizedTest
    @ValueSource(strings = {"987654321", "98765432100", "919876543210", "+449876543210", "98765 43210", ""})
    void mobileOfAnotherShapeIsRefused(String mobile) {
        refusedOn("mobileNo", () -> new UpiBeneficiary(NAME, "success@upi", mobile));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingNameIsRefused(String name) {
        refusedOn("name", () -> new UpiBeneficiary(name, "success@upi", null));
    }

    @Test
    void nameLongerThanAHundredCharactersIsRefused() {
        refusedOn("name", () -> new UpiBeneficiary("n".repeat(101), "success@upi", null));
    }

    @Test
    void nestedErrorsNameTheFullPath() {
        refusedOn("fulfillments[1].beneficiaryDetails.details.mobileNo",
                () -> InvalidInputException.at("fulfillments[1].beneficiaryDetails.details",
                        () -> new UpiBeneficiary(NAME, "success@upi", "123")));
    }
}
