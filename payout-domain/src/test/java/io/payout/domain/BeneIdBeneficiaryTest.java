package io.payout.domain;

import static io.payout.domain.Refusals.refusedOn;
import static io.payout.domain.Refusals.refusedValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BeneIdBeneficiaryTest {
    private static final UpiBeneficiary SAVED = new UpiBeneficiary("Ravi K", "success@upi", null);

    @ParameterizedTest
    @ValueSource(strings = {"b", "bene-1", "Bene_2@x",
            "0123456789012345678901234567890123456789012345678901234567890123"})
    void beneIdOfOneToSixtyFourOrderIdCharactersIsAccepted(String id) {
        assertThat(new BeneId(id).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bene 1", "bene/1", "bene.1",
            "01234567890123456789012345678901234567890123456789012345678901234"})
    void beneIdOfAnotherShapeIsRefused(String id) {
        refusedValue(() -> new BeneId(id));
    }

    @Test
    void anUnresolvedReferenceHasNoPayeeAndTheNameSent() {
        BeneIdBeneficiary ref = BeneIdBeneficiary.unresolved(new BeneId("bene-1"), "Ravi");

        assertThat(ref.type()).isEqualTo(BeneficiaryType.BENE_ID);
        assertThat(ref.isResolved()).isFalse();
        assertThat(ref.payee()).isNull();
        assertThat(ref.name()).isEqualTo("Ravi");
    }

    @Test
    void aResolvedReferencePaysTheSavedPayeeUnderItsName() {
        BeneIdBeneficiary resolved = BeneIdBeneficiary.unresolved(new BeneId("bene-1"), "Someone else")
                .resolvedTo(SAVED);

        assertThat(resolved.payee()).isEqualTo(SAVED);
        assertThat(resolved.name()).isEqualTo("Ravi K");
        assertThat(resolved.requestedName()).isNull();
        assertThat(resolved.id()).isEqualTo(new BeneId("bene-1"));
    }

    @Test
    void aTooLongNameSentIsRefusedOnName() {
        refusedOn("name", () -> BeneIdBeneficiary.unresolved(new BeneId("b"), "x".repeat(101)));
    }

    @Test
    void aReferenceCannotResolveToAnotherReference() {
        BeneIdBeneficiary ref = BeneIdBeneficiary.unresolved(new BeneId("b"), null);

        assertThatThrownBy(() -> ref.resolvedTo(ref)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFulfillmentRefusesAnUnresolvedReference() {
        Instant now = Instant.parse("2024-01-01T00:00:00Z");
        NewFulfillment request = new NewFulfillment(Money.of("5.00"),
                BeneIdBeneficiary.unresolved(new BeneId("b"), null), List.of(), null, null);

        assertThatThrownBy(() -> Order.acceptFulfillOnly(OrderId.random(), new MerchantId("m"),
                new MerchantOrderId("order-1"), Money.of("5.00"), new Customer(new CustomerId("c"), null, null),
                Udfs.NONE, List.of(request), now)).isInstanceOf(IllegalArgumentException.class);
    }
}
