package io.payout.adapters.rest.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.FulfillOnlyPayoutApplication;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.TestPayoutApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A service without Pay and Fulfill refuses such orders as invalid input, naming {@code type}, and stores nothing. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PayAndFulfillNotEnabledTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            FulfillOnlyPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));

    @Test
    void aPayAndFulfillOrderIsRefusedWithE01NamingType() {
        TestPayoutApplication app = APP.getApplication();
        String key = app.newMerchant("m-fulfill-only");

        ApiResponse response = new ApiClient(APP.getLocalPort()).createOrder(key,
                OrderJson.payAndFulfill("ord-not-enabled-1").toString());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("E01");
        assertThat(response.errorMessage()).startsWith("type: PAY_AND_FULFILL is not enabled");
        assertThat(app.orders().size()).isZero();
    }
}
