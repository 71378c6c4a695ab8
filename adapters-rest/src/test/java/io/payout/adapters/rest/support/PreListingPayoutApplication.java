package io.payout.adapters.rest.support;

import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;
import io.payout.adapters.rest.MerchantRestApi;
import io.payout.application.merchant.AuthenticateMerchantService;

/** The API wired through the constructor written before the listing existed (no listing, default rate limit). */
public class PreListingPayoutApplication extends TestPayoutApplication {
    @Override
    public void run(Configuration configuration, Environment environment) {
        new MerchantRestApi(createOrderUseCase(), getOrderQuery(), orderPaymentsQuery(), cancelFulfillmentUseCase(),
                new AuthenticateMerchantService(merchants(), clock()), listCallbacksQuery(), redeliverCallbackUseCase(),
                MAX_REQUEST_BYTES).registerWith(environment);
    }
}
