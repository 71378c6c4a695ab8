package io.payout.adapters.rest.callback;

import io.dropwizard.auth.Auth;
import io.payout.adapters.rest.auth.MerchantPrincipal;
import io.payout.application.NotFoundException;
import io.payout.application.callback.CallbackRecord;
import io.payout.application.callback.RedeliverCallbackUseCase;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Callback redelivery, for the authenticated merchant. (An order's delivery log lives under the order's path, in
 * {@link OrderCallbacksResource}: JAX-RS picks one root resource per request, so it cannot sit here beside
 * {@code OrderResource}'s {@code /merchant/v1/orders}.)
 */
@Path("/merchant/v1/callbacks")
@Produces(MediaType.APPLICATION_JSON)
public class CallbackResource {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackResource.class);
    /** {@code <our order id>-c<sequence>}. */
    private static final Pattern CALLBACK_ID = Pattern.compile("[0-9a-f]{30}-c[0-9]{1,19}");
    private final RedeliverCallbackUseCase redeliver;
    private final CallbackViewMapper views = new CallbackViewMapper();

    public CallbackResource(RedeliverCallbackUseCase redeliver) {
        this.redeliver = redeliver;
    }

    /**
     * 202 with the callback as it stands: due now, whatever its state, so the relay makes one more attempt shortly.
     * 404 E09 when it is not one of the merchant's callbacks, a malformed id included (not looked up at all).
     */
    @POST
    @Path("/{callbackId}/redeliver")
    public Response redeliver(@Auth MerchantPrincipal merchant, @PathParam("callbackId") String callbackId) {
        if (callbackId == null || !CALLBACK_ID.matcher(callbackId).matches()) {
            throw new NotFoundException("no callback with this id");
        }
        CallbackRecord record = redeliver.redeliver(merchant.merchantId(), callbackId);
        LOG.info("callback redelivery requested: merchant={} callbackId={}", merchant.merchantId(), callbackId);
        return Response.accepted(views.toView(record)).build();
    }
}
