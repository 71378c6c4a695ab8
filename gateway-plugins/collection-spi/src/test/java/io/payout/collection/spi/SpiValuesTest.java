package io.payout.collection.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpiValuesTest {
    @Test
    void collectionRequestDefaultsToRupeesAndNeedsItsKeys() {
        CollectionRequest request = new CollectionRequest("pay1", BigDecimal.TEN, null, "cust", null, null, null, 30);

        assertThat(request.currency()).isEqualTo("INR");
        assertThatThrownBy(() -> new CollectionRequest(null, BigDecimal.TEN, "INR", "cust", null, null, null, 30))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CollectionRequest("pay1", BigDecimal.TEN, "INR", null, null, null, null, 30))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void webhookParseKeepsACopyOfItsIdsAndRejectedNamesNone() {
        List<String> ids = new ArrayList<>(List.of("pay1"));
        WebhookParse parse = new WebhookParse(true, ids, "ORDER_SUCCEEDED");
        ids.add("pay2");

        assertThat(parse.providerOrderIds()).containsExactly("pay1");
        assertThat(new WebhookParse(true, null, null).providerOrderIds()).isEmpty();
        assertThat(WebhookParse.rejected()).isEqualTo(new WebhookParse(false, List.of(), null));
    }

    @Test
    void pluginVersionIsUnknownWithoutAnImplementationVersion() {
        CollectionPlugin plugin = new CollectionPlugin() {
            public String providerId() {
                return "TEST";
            }

            public int spiMajorVersion() {
                return CollectionSpiVersion.MAJOR;
            }

            public CollectionProvider create(Map<String, String> configuration) {
                return null;
            }
        };

        assertThat(plugin.version()).isEqualTo("unknown");
    }
}
