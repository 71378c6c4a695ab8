package io.payout.adapters.rest.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.auth.Auth;
import io.payout.adapters.rest.auth.MerchantPrincipal;
import io.payout.application.NotFoundException;
import io.payout.application.engine.CancelFulfillmentUseCase;
import io.payout.domain.DomainException;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Juspay's fulfillment cancel, for the authenticated merchant. Best effort, as Juspay's: only a fulfillment that no
 * gateway has been asked to pay yet can be cancelled.
 */
@Path("/merchant/v1/fulfillment")
@Produces(MediaType.APPLICATION_JSON)
public class FulfillmentResource {
    private static final Logger LOG = LoggerFactory.getLogger(FulfillmentResource.class);
    private final CancelFulfillmentUseCase cancelFulfillment;
    private final EmptyOrObjectBody body;
    private final OrderViewMapper views = new OrderViewMapper();

    /** {@code json}: the API's configured mapper, so that a body is read under the same limits as any other. */
    public FulfillmentResource(CancelFulfillmentUseCase cancelFulfillment, ObjectMapper json) {
        this.cancelFulfillment = cancelFulfillment;
        this.body = new EmptyOrObjectBody(json);
    }

    /**
     * 200 with the fulfillment as the status API shows it (status {@code CANCELLED}); 409 E05 once it was sent to a
     * gateway or has ended, a second cancel included; 404 E09 when it is not one of the merchant's fulfillments,
     * a malformed id included ("not found" is what Juspay answers). The body may be empty (then no Content-Type is
     * needed) or a JSON object, whose fields are ignored.
     */
    @POST
    @Path("/{fulfillmentId}/cancel")
    public FulfillmentView cancel(@Auth MerchantPrincipal merchant, @PathParam("fulfillmentId") String fulfillmentId,
                                  @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String requestBody)
            throws JsonProcessingException {
        body.check(contentType, requestBody);
        FulfillmentId id = parse(fulfillmentId);
        Fulfillment cancelled = cancelFulfillment.cancel(merchant.merchantId(), id);
        LOG.info("fulfillment cancelled: merchant={} fulfillmentId={}", merchant.merchantId(), id);
        return views.toView(cancelled);
    }

    private static FulfillmentId parse(String fulfillmentId) {
        try {
            return new FulfillmentId(fulfillmentId);
        } catch (DomainException e) {
            throw new NotFoundException("no fulfillment with this id");
        }
    }
}
