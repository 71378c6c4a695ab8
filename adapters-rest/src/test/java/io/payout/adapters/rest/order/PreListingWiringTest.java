package io.payout.adapters.rest.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.PreListingPayoutApplication;
import io.payout.adapters.rest.support.TestPayoutApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** MerchantRestApi's constructor from before the listing still makes a working API, without the listing. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PreListingWiringTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            PreListingPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));

    @Test
    void ordersWorkTheListingIs404E09AndResponsesCarryARequestId() {
        ApiClient api = new ApiClient(APP.getLocalPort());
        String key = APP.<TestPayoutApplication>getApplication().newMerchant("m-pre-listing");

        ApiResponse created = api.createOrder(key, OrderJson.full("ord-pre-listing-1").toString());
        ApiResponse listing = api.listOrders(key, "");

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.header("x-request-id")).matches("[0-9a-f]{16}");
        assertThat(listing.status()).isEqualTo(404);
        assertThat(listing.errorCode()).isEqualTo("E09");
    }
}
