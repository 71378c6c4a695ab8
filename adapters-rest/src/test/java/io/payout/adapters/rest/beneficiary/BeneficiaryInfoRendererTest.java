package io.payout.adapters.rest.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payout.domain.BeneId;
import io.payout.domain.CustomerId;
import io.payout.domain.MerchantId;
import io.payout.domain.MethodId;
import io.payout.domain.UpiBeneficiary;
import io.payout.domain.WebhookTarget;
import io.payout.domain.beneficiary.BeneficiaryAction;
import io.payout.domain.beneficiary.BeneficiaryUniqueId;
import io.payout.domain.beneficiary.NewBeneficiary;
import io.payout.domain.beneficiary.SavedBeneficiary;
import io.payout.domain.beneficiary.ValidationResult;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BeneficiaryInfoRendererTest {
    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00.654321Z");

    @Test
    void infoIsTheStatusViewInCompactJsonWithoutTheWebhookPassword() throws Exception {
        SavedBeneficiary valid = SavedBeneficiary.accept(BeneficiaryUniqueId.random(), new MerchantId("m"),
                new NewBeneficiary(new CustomerId("cust-1"), new BeneId("b-1"),
                        new UpiBeneficiary("Ravi K", "success@upi", null), BeneficiaryAction.VALIDATE, null, null,
                        new WebhookTarget("https://m.example/h", "user", "pw-never-shown", null)), T0)
                .recordValidation(new ValidationResult.Valid("RAVI", new MethodId("DUMMY_UPI")), 3, T0.plusSeconds(2));

        String info = new BeneficiaryInfoRenderer().render(valid);

        ObjectMapper json = new ObjectMapper();
        JsonNode expected = json.readTree(json.writeValueAsString(new BeneficiaryViewMapper().toView(valid)));
        assertThat(json.readTree(info)).isEqualTo(expected);
        assertThat(info).doesNotContain("\n").doesNotContain("pw-never-shown");
        assertThat(json.readTree(info).get("status").asText()).isEqualTo("VALID");
        assertThat(json.readTree(info).get("updatedAt").asText()).isEqualTo("2024-03-01T10:00:02Z");
    }
}
