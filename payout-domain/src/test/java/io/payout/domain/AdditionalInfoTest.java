package io.payout.domain;

import static io.payout.domain.Refusals.refusedOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdditionalInfoTest {
    private static final WebhookTarget HOOK = new WebhookTarget("https://merchant.example/hooks", "u", "p", null);

    private static AdditionalInfo withThreshold(Integer minutes) {
        return new AdditionalInfo(null, null, null, minutes, null, null);
    }

    private static AdditionalInfo withReference(String useThisAsTR) {
        return new AdditionalInfo(null, useThisAsTR, null, null, null, null);
    }

    @Test
    void everyFieldIsOptional() {
        assertThat(AdditionalInfo.NONE.attemptThreshold()).isNull();
        assertThat(AdditionalInfo.NONE.webhookDetails()).isNull();
    }

    @Test
    void fullInfoIsKept() {
        Instant at = Instant.parse("2030-01-01T00:00:00Z");
        AdditionalInfo info = new AdditionalInfo("salary", "TR_2024-01", at, 25, true, HOOK);

        assertThat(info.remark()).isEqualTo("salary");
        assertThat(info.useThisAsTR()).isEqualTo("TR_2024-01");
        assertThat(info.scheduleTime()).isEqualTo(at);
        assertThat(info.attemptThreshold()).isEqualTo(25);
        assertThat(info.isRetriable()).isTrue();
        assertThat(info.webhookDetails()).isEqualTo(HOOK);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 25, 1440, 43_200})
    void attemptThresholdFromOneMinuteToThirtyDaysIsAccepted(int minutes) {
        assertThat(withThreshold(minutes).attemptThreshold()).isEqualTo(minutes);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 43_201, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void attemptThresholdOutsideOneToThirtyDaysIsRefused(int minutes) {
        refusedOn("attemptThreshold", () -> withThreshold(minutes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "TR123", "tr_ref-1", "0123456789012345678901234567890123456789012345678901234567890123"})
    void transactionReferenceOfOneToSixtyFourSafeCharactersIsAccepted(String ref) {
        assertThat(withReference(ref).useThisAsTR()).isEqualTo(ref);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "TR 1", "TR.1", "TR/1", "TR@1", "TR\n1",
            "01234567890123456789012345678901234567890123456789012345678901234"})
    void transactionReferenceOfAnotherShapeIsRefused(String ref) {
        refusedOn("useThisAsTR", () -> withReference(ref));
    }

    @Test
    void remarkUpTo255CharactersIsAccepted() {
        assertThat(new AdditionalInfo("r".repeat(255), null, null, null, null, null).remark()).hasSize(255);
    }

    @Test
    void remarkTooLongOrWithControlCharactersIsRefused() {
        refusedOn("remark", () -> new AdditionalInfo("r".repeat(256), null, null, null, null, null));
        refusedOn("remark", () -> new AdditionalInfo("line1\nline2", null, null, null, null, null));
    }

    @Test
    void nestedErrorsNameTheFullPath() {
        refusedOn("fulfillments[2].additionalInfo.attemptThreshold",
                () -> InvalidInputException.at("fulfillments[2].additionalInfo", () -> withThreshold(0)));
    }
}
