package io.payout.gateway.host.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.Money;
import io.payout.domain.collection.PaymentLinks;
import io.payout.domain.collection.ProviderAnswer;
import io.payout.domain.collection.RefundAnswer;
import io.payout.domain.collection.RefundStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxThroughHostTest {
    @Test
    void endUserPaysOnTheSandboxPageAndTheInquiryThenSaysCharged() {
        SampleCollections sample = SampleCollections.of("SANDBOX", "pay1", "100");
        try (CollectionHost host = new CollectionHost(LoadedCollectionPlugins.of(), List.of(
                CollectionProviderSettings.enabled("SANDBOX", Map.of("public-base-url", "https://payout.example"))))) {
            ProviderAnswer created = host.create(sample.payment(), sample.order(), SampleCollections.NOW);
            boolean paid = host.markPaid("pay1");

            assertThat(created).isEqualTo(new ProviderAnswer.AwaitingPayment("NEW", new PaymentLinks(
                    "https://payout.example/sandbox/collections/pay1", "https://payout.example/sandbox/collections/pay1",
                    null)));
            assertThat(paid).isTrue();
            assertThat(host.inquire(sample.payment())).isEqualTo(new ProviderAnswer.Charged(Money.of("100"), "CHARGED"));
            assertThat(host.refund(sample.refund("100"))).isInstanceOfSatisfying(RefundAnswer.Known.class,
                    known -> assertThat(known.status()).isEqualTo(RefundStatus.SUCCESS));
            assertThat(host.markPaid("never-created")).isFalse();
        }
    }

    @Test
    void sandboxPaymentOfAnotherAmountIsChargedWithIt() {
        SampleCollections sample = SampleCollections.of("SANDBOX", "pay2", "100");
        try (CollectionHost host = new CollectionHost(LoadedCollectionPlugins.of(),
                List.of(CollectionProviderSettings.enabled("SANDBOX", Map.of())))) {
            host.create(sample.payment(), sample.order(), SampleCollections.NOW);

            assertThat(host.markPaid("pay2", Money.of("90"))).isTrue();
            assertThat(host.inquire(sample.payment())).isEqualTo(new ProviderAnswer.Charged(Money.of("90"), "CHARGED"));
        }
    }

    @Test
    void withoutTheSandboxConfiguredNothingIsMarkedPaid() {
        try (CollectionHost host = new CollectionHost(LoadedCollectionPlugins.of(), List.of(
                new CollectionProviderSettings("SANDBOX", false, Map.of())))) {
            assertThat(host.markPaid("pay3")).isFalse();
            assertThat(host.isConfigured("SANDBOX")).isFalse();
        }
    }
}
