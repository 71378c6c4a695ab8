package io.payout.adapters.rest.callback;

import io.dropwizard.auth.Auth;
import io.payout.adapters.rest.auth.MerchantPrincipal;
import io.payout.application.callback.ListOrderCallbacksQuery;
import io.payout.domain.InvalidInputException;
import io.payout.domain.MerchantOrderId;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * An order's callback delivery log, for the authenticated merchant. Its own root resource: its path is longer than
 * {@code OrderResource}'s, so JAX-RS routes {@code /orders/{orderId}/callbacks} here and everything else there.
 */
@Path("/merchant/v1/orders/{orderId}/callbacks")
@Produces(MediaType.APPLICATION_JSON)
public class OrderCallbacksResource {
    private final ListOrderCallbacksQuery listCallbacks;
    private final CallbackViewMapper views = new CallbackViewMapper();

    public OrderCallbacksResource(ListOrderCallbacksQuery listCallbacks) {
        this.listCallbacks = listCallbacks;
    }

    /**
     * 200 with every callback of the order (the merchant's orderId, as in order status), by sequence; 404 E09 when
     * the merchant has no such order (another merchant's included).
     */
    @GET
    public OrderCallbacksView callbacks(@Auth MerchantPrincipal merchant, @PathParam("orderId") String orderId) {
        MerchantOrderId merchantOrderId = InvalidInputException.at("orderId", () -> new MerchantOrderId(orderId));
        return new OrderCallbacksView(merchantOrderId.value(), listCallbacks.callbacksOf(merchant.merchantId(),
                merchantOrderId).stream().map(views::toView).toList());
    }
}
