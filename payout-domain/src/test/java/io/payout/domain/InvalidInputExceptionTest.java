package io.payout.domain;

import static io.payout.domain.Refusals.refusedOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

    @Test
    void namesItsFieldAndReason() {
        InvalidInputException e = new InvalidInputException("amount", "must be at least 1.00");

        assertThat(e.field()).isEqualTo("amount");
        assertThat(e.reason()).isEqualTo("must be at least 1.00");
        assertThat(e).hasMessage("amount: must be at least 1.00").isInstanceOf(DomainException.class);
    }

    @Test
    void atReturnsTheParsedValue() {
        assertThat(InvalidInputException.at("ifsc", () -> "YESB0000262")).isEqualTo("YESB0000262");
    }

    @Test
    void atNamesTheFieldOfAnInvalidValue() {
        InvalidInputException e = refusedOn("fulfillments[0].amount",
                () -> InvalidInputException.at("fulfillments[0].amount", () -> Text.required(null, 10)));

        assertThat(e.reason()).isEqualTo("is required");
    }

    @Test
    void atPrefixesANestedFieldWithADot() {
        InvalidInputException e = refusedOn("fulfillments[0].beneficiaryDetails.details.ifsc",
                () -> InvalidInputException.at("fulfillments[0].beneficiaryDetails.details", () -> {
                    throw new InvalidInputException("ifsc", "must be an IFSC");
                }));

        assertThat(e.reason()).isEqualTo("must be an IFSC");
    }

    @Test
    void atPrefixesAnIndexWithoutADot() {
        refusedOn("fulfillments[3].amount", () -> InvalidInputException.at("fulfillments", () -> {
            throw new InvalidInputException("[3].amount", "too small");
        }));
    }

    @Test
    void nestingComposes() {
        refusedOn("fulfillments[0].additionalInfo.webhookDetails.url",
                () -> InvalidInputException.at("fulfillments", () -> InvalidInputException.at("[0]",
                        () -> InvalidInputException.at("additionalInfo", () -> InvalidInputException.at(
                                "webhookDetails", () -> new WebhookTarget("nope", null, null, null))))));
    }

    @Test
    void atLetsOtherExceptionsThrough() {
        assertThatIllegalStateException().isThrownBy(() -> InvalidInputException.at("x", () -> {
            throw new IllegalStateException("boom");
        }));
    }
}
