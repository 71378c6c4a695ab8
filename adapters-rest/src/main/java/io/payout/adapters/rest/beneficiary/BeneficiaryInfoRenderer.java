package io.payout.adapters.rest.beneficiary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.payout.adapters.rest.ApiJson;
import io.payout.application.beneficiary.port.RenderBeneficiaryPort;
import io.payout.domain.beneficiary.SavedBeneficiary;

/**
 * A {@code VALIDATION_V2} callback's {@code info}: the beneficiary exactly as {@code GET
 * /merchant/v2/benedetails/{customerId}/{beneId}} shows it, compact. Webhook passwords are never in it.
 */
public class BeneficiaryInfoRenderer implements RenderBeneficiaryPort {
    private final BeneficiaryViewMapper views = new BeneficiaryViewMapper();
    private final ObjectWriter json;

    /** {@code json}: the API's mapper (Dropwizard's environment mapper), so that info reads as responses do. */
    public BeneficiaryInfoRenderer(ObjectMapper json) {
        this.json = json.writer().without(SerializationFeature.INDENT_OUTPUT);
    }

    public BeneficiaryInfoRenderer() {
        this(ApiJson.newObjectMapper());
    }

    @Override
    public String render(SavedBeneficiary beneficiary) {
        try {
            return json.writeValueAsString(views.toView(beneficiary));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render beneficiary " + beneficiary.uniqueId(), e);
        }
    }
}
