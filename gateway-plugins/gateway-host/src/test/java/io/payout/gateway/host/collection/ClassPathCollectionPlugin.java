package io.payout.gateway.host.collection;

import io.payout.collection.spi.CollectionOrderState;
import io.payout.collection.spi.CollectionPlugin;
import io.payout.collection.spi.CollectionProvider;
import io.payout.collection.spi.CollectionRequest;
import io.payout.collection.spi.CollectionSpiVersion;
import io.payout.collection.spi.RefundRequest;
import io.payout.collection.spi.RefundState;
import io.payout.collection.spi.WebhookParse;
import java.util.List;
import java.util.Map;

/**
 * A bundled plugin found on the test class path through {@code META-INF/services}: every order is open, with a
 * link naming the configured {@code prefix}.
 */
public final class ClassPathCollectionPlugin implements CollectionPlugin {
    static final String ID = "CLASS_PATH_TEST";

    @Override
    public String providerId() {
        return ID;
    }

    @Override
    public int spiMajorVersion() {
        return CollectionSpiVersion.MAJOR;
    }

    @Override
    public CollectionProvider create(Map<String, String> configuration) {
        String prefix = configuration.getOrDefault("prefix", "https://pay.example/");
        return new CollectionProvider() {
            public CollectionOrderState createOrder(CollectionRequest request) {
                return inquire(request.providerOrderId());
            }

            public CollectionOrderState inquire(String providerOrderId) {
                return new CollectionOrderState.Open("NEW", prefix + providerOrderId, null, null, null);
            }

            public RefundState refund(RefundRequest request) {
                return new RefundState.Unknown("no refunds here", false);
            }

            public RefundState inquireRefund(String providerOrderId, String uniqueRequestId) {
                return new RefundState.Unknown("no refunds here", true);
            }

            public WebhookParse parseWebhook(Map<String, List<String>> headers, byte[] body) {
                return WebhookParse.rejected();
            }
        };
    }
}
