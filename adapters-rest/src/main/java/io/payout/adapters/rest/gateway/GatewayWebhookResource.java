package io.payout.adapters.rest.gateway;

import io.payout.adapters.rest.WebhookHeaders;
import io.payout.application.engine.HandleGatewayWebhookUseCase;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /payout/gateways/{gatewayId}/webhooks}: a gateway tells us a payout changed. The gateway's plugin checks
 * the signature over the raw body; a verified webhook makes the engine inquire the payout at once (the inquiry, not
 * the webhook, decides its status); an unverified one answers 401 and changes nothing. No merchant API key: the
 * signature is the authentication.
 */
@Path("/gateways/{gatewayId}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class GatewayWebhookResource {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayWebhookResource.class);
    private final HandleGatewayWebhookUseCase webhooks;

    public GatewayWebhookResource(HandleGatewayWebhookUseCase webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    public Map<String, Object> receive(@PathParam("gatewayId") String gatewayId, @Context HttpHeaders headers,
                                       byte[] body) {
        int hurried = webhooks.handle(gatewayId, WebhookHeaders.of(headers), body == null ? new byte[0] : body);
        LOG.info("Verified webhook from gateway {}: {} fulfillments to inquire now", gatewayId, hurried);
        return Map.of("received", true);
    }
}
