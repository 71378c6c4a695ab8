package io.payout.adapters.rest.beneficiary;

import io.dropwizard.auth.Auth;
import io.payout.adapters.rest.auth.MerchantPrincipal;
import io.payout.application.beneficiary.GetBeneficiaryQuery;
import io.payout.application.beneficiary.SaveBeneficiaryResult;
import io.payout.application.beneficiary.SaveBeneficiaryUseCase;
import io.payout.domain.BeneId;
import io.payout.domain.CustomerId;
import io.payout.domain.InvalidInputException;
import io.payout.domain.beneficiary.SavedBeneficiary;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Juspay's beneficiary API v2 for the authenticated merchant: save a beneficiary of one of its customers
 * ({@code command: CREATE}) or save it to be validated ({@code command: VALIDATE}, answered {@code PENDING}; the
 * outcome comes by the status API and a {@code VALIDATION_V2} callback), and its status. An identical repeat is 200
 * with the beneficiary as it is now; the same {@code beneId} with another body is 400 E05 "duplicate beneficiary id".
 */
@Path("/merchant/v2/benedetails")
@Produces(MediaType.APPLICATION_JSON)
public class BeneficiaryResource {
    private static final Logger LOG = LoggerFactory.getLogger(BeneficiaryResource.class);
    private final SaveBeneficiaryUseCase save;
    private final GetBeneficiaryQuery get;
    private final SaveBeneficiaryCommandMapper commands = new SaveBeneficiaryCommandMapper();
    private final BeneficiaryViewMapper views = new BeneficiaryViewMapper();

    public BeneficiaryResource(SaveBeneficiaryUseCase save, GetBeneficiaryQuery get) {
        this.save = save;
        this.get = get;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public BeneficiaryView save(@Auth MerchantPrincipal merchant, SaveBeneficiaryRequest request) {
        SaveBeneficiaryResult result = save.save(commands.toCommand(merchant.merchantId(), request));
        SavedBeneficiary b = result.beneficiary();
        if (result.created()) {
            LOG.info("beneficiary saved: merchant={} customerId={} beneId={} uniqueId={} type={} status={}",
                    b.merchantId(), b.customerId(), b.beneId(), b.uniqueId(), b.payee().type(), b.status());
        }
        return views.toView(b);
    }

    @GET
    @Path("/{customerId}/{beneId}")
    public BeneficiaryView status(@Auth MerchantPrincipal merchant, @PathParam("customerId") String customerId,
                                  @PathParam("beneId") String beneId) {
        CustomerId customer = InvalidInputException.at("customerId", () -> new CustomerId(customerId));
        BeneId bene = InvalidInputException.at("beneId", () -> new BeneId(beneId));
        return views.toView(get.getBeneficiary(merchant.merchantId(), customer, bene));
    }
}
