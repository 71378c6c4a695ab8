package io.payout.adapters.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.FailingPayoutApplication;
import io.payout.adapters.rest.support.LogCapture;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.TestPayoutApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class UnexpectedFailureTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            FailingPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private static ApiClient api;
    private static String key;

    @BeforeAll
    static void setUp() {
        api = new ApiClient(APP.getLocalPort());
        key = APP.<TestPayoutApplication>getApplication().newMerchant("m-failing");
    }

    @Test
    void aFailingCreateIs500E90WithAnErrorIdAndNothingOfTheException() {
        try (LogCapture log = LogCapture.of(UnexpectedExceptionMapper.class)) {
            ApiResponse response = api.createOrder(key, OrderJson.full("ord-fails-1").toString());

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.errorCode()).isEqualTo("E90");
            assertThat(response.errorMessage()).matches("something went wrong: check order status \\(error id [0-9a-f]{16}\\)");
            assertThat(response.body()).doesNotContain(FailingPayoutApplication.SECRET_FAILURE, "IllegalStateException", "at io.");
            String errorId = response.errorMessage().replaceAll(".*error id ([0-9a-f]+).*", "$1");
            assertThat(log.lines()).singleElement().asString().contains(errorId, FailingPayoutApplication.SECRET_FAILURE);
        }
    }

    @Test
    void aFailingCancelIs500E90WithoutTheExceptionText() {
        ApiResponse response = api.cancel(key, "0123456789abcdef0123456789abcd-f1");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.errorCode()).isEqualTo("E90");
        assertThat(response.body()).doesNotContain(FailingPayoutApplication.SECRET_FAILURE);
    }

    @Test
    void aFailingStatusIs500E90WithoutTheExceptionText() {
        ApiResponse response = api.getOrder(key, "ord-fails-2?expand=fulfillment");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.errorCode()).isEqualTo("E90");
        assertThat(response.body()).doesNotContain(FailingPayoutApplication.SECRET_FAILURE);
    }

    @Test
    void aFailingDeliveryLogIs500E90WithoutTheExceptionText() {
        ApiResponse response = api.callbacks(key, "ord-fails-3");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.errorCode()).isEqualTo("E90");
        assertThat(response.body()).doesNotContain(FailingPayoutApplication.SECRET_FAILURE);
    }

    @Test
    void aFailingRedeliveryIs500E90WithoutTheExceptionText() {
        ApiResponse response = api.redeliver(key, "0123456789abcdef0123456789abcd-c1");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.errorCode()).isEqualTo("E90");
        assertThat(response.body()).doesNotContain(FailingPayoutApplication.SECRET_FAILURE);
    }
}
