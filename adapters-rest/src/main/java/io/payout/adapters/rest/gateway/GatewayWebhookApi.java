package io.payout.adapters.rest.gateway;

import io.dropwizard.core.setup.Environment;
import io.payout.application.engine.HandleGatewayWebhookUseCase;

/** Registers the endpoint gateways send their webhooks to (alongside {@code MerchantRestApi}, which maps errors). */
public final class GatewayWebhookApi {
    private final HandleGatewayWebhookUseCase webhooks;

    public GatewayWebhookApi(HandleGatewayWebhookUseCase webhooks) {
        this.webhooks = webhooks;
    }

    public void registerWith(Environment environment) {
        environment.jersey().register(new GatewayWebhookResource(webhooks));
        environment.jersey().register(new WebhookRejectedExceptionMapper());
    }
}
