package io.payout.domain;

import static io.payout.domain.Refusals.refusedValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MethodIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"DUMMY_IMPS", "DUMMY_NEFT", "DUMMY_UPI", "YESBANK_IMPS", "CASHFREE_IMPS", "A_B",
            "YES_BANK_IMPS", "GW2_RTGS2"})
    void gatewayUnderscoreRailInUpperCaseIsAccepted(String value) {
        assertThat(new MethodId(value)).hasToString(value);
    }

    @Test
    void splitsIntoGatewayAndRail() {
        MethodId method = new MethodId("DUMMY_IMPS");

        assertThat(method.gateway()).isEqualTo("DUMMY");
        assertThat(method.rail()).isEqualTo("IMPS");
    }

    @Test
    void railIsWhatFollowsTheLastUnderscore() {
        MethodId method = new MethodId("YES_BANK_IMPS");

        assertThat(method.gateway()).isEqualTo("YES_BANK");
        assertThat(method.rail()).isEqualTo("IMPS");
    }

    @Test
    void lowercaseIsRefused() {
        refusedValue(() -> new MethodId("dummy_imps"));
        refusedValue(() -> new MethodId("Dummy_IMPS"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DUMMY", "DUMMY_", "_IMPS", "DUMMY__IMPS", "DUMMY_1MPS", "1DUMMY_IMPS", "DUMMY-IMPS",
            "DUMMY IMPS", " DUMMY_IMPS"})
    void missingRailOrOtherShapesAreRefused(String value) {
        refusedValue(() -> new MethodId(value));
    }

    @Test
    void sixtyFourCharactersAreAccepted() {
        String value = "G".repeat(59) + "_IMPS";

        assertThat(new MethodId(value).value()).hasSize(64);
    }

    @Test
    void longerThanSixtyFourCharactersIsRefused() {
        String value = "G".repeat(60) + "_IMPS";

        assertThat(refusedValue(() -> new MethodId(value))).hasMessageContaining("64");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingValueIsRefusedAsRequired(String value) {
        assertThat(refusedValue(() -> new MethodId(value))).hasMessage("is required");
    }
}
