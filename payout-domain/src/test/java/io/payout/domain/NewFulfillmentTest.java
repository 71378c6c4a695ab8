package io.payout.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class NewFulfillmentTest {
    private static final Beneficiary BENE = new UpiBeneficiary("Ravi K", "success@upi", null);

    @Test
    void missingOptionalPartsBecomeEmpty() {
        NewFulfillment f = new NewFulfillment(Money.of("1"), BENE, null, null, null);

        assertThat(f.preferredMethods()).isEmpty();
        assertThat(f.udfs()).isEqualTo(Udfs.NONE);
        assertThat(f.additionalInfo()).isEqualTo(AdditionalInfo.NONE);
    }

    @Test
    void preferredMethodsAreCopiedAndKeepTheirOrder() {
        List<MethodId> methods = new ArrayList<>(List.of(new MethodId("YESBANK_IMPS"), new MethodId("CASHFREE_IMPS")));
        NewFulfillment f = new NewFulfillment(Money.of("1"), BENE, methods, null, null);
        methods.clear();

        assertThat(f.preferredMethods()).extracting(MethodId::value).containsExactly("YESBANK_IMPS", "CASHFREE_IMPS");
        assertThatThrownBy(() -> f.preferredMethods().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void amountAndBeneficiaryAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> new NewFulfillment(null, BENE, null, null, null));
        assertThatNullPointerException().isThrownBy(() -> new NewFulfillment(Money.of("1"), null, null, null, null));
    }
}
