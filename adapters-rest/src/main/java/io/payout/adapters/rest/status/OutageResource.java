package io.payout.adapters.rest.status;

import io.dropwizard.auth.Auth;
import io.payout.adapters.rest.auth.MerchantPrincipal;
import io.payout.application.gateway.GetOutageQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Juspay's outage API, {@code GET /merchant/v1/outage}: the methods that are down or fluctuating now (healthy ones
 * are not listed), as this instance sees its gateways.
 */
@Path("/merchant/v1/outage")
@Produces(MediaType.APPLICATION_JSON)
public class OutageResource {
    private final GetOutageQuery outages;

    public OutageResource(GetOutageQuery outages) {
        this.outages = outages;
    }

    @GET
    public OutageView outage(@Auth MerchantPrincipal merchant) {
        return new OutageView(List.of(), outages.gatewayOutages().stream()
                .map(o -> new OutageView.Gateway(o.status().name(), o.method().rail(), o.method().gateway()))
                .toList());
    }
}
