package io.payout.adapters.rest.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.TestPayoutApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class ConcurrentCreateTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TestPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private static final int CLIENTS = 20;

    @Test
    void twentyConcurrentIdenticalCreatesMakeExactlyOneOrderAndAllGet200WithIt() throws Exception {
        TestPayoutApplication app = APP.getApplication();
        ApiClient api = new ApiClient(APP.getLocalPort());
        String key = app.newMerchant("m-concurrent");
        String body = OrderJson.full("ord-race-1").toString();
        int ordersBefore = app.orders().size();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<ApiResponse>> responses = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return api.createOrder(key, body);
                }));
            }
            start.countDown();

            List<String> ids = new ArrayList<>();
            for (Future<ApiResponse> response : responses) {
                ApiResponse r = response.get();
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                ids.add(r.json().path("id").asText());
            }
            assertThat(ids).hasSize(CLIENTS).containsOnly(ids.get(0));
            assertThat(app.orders().size()).isEqualTo(ordersBefore + 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
