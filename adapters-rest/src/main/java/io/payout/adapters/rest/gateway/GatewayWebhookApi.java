package io.payout.adapters.rest.gateway;

import io.dropwizard.core.setup.Environment;
import io.payout.application.engine.HandleGatewayWebhookUseCase;

/**
 * Registers the endpoint gateways send their webhooks to, alongside {@code MerchantRestApi}, which maps errors
 * (a {@code WebhookRejectedException} to 401 E07).
 */
public final class GatewayWebhookApi {
    private final HandleGatewayWebhookUseCase webhooks;

    public GatewayWebhookApi(HandleGatewayWebhookUseCase webhooks) {
        this.webhooks = webhooks;
    }

    public void registerWith(Environment environment) {
        environment.jersey().register(new GatewayWebhookResource(webhooks));
    }
}
