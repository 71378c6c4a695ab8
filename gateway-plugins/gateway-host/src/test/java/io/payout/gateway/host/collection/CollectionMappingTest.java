package io.payout.gateway.host.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.collection.spi.CollectionOrderState;
import io.payout.collection.spi.CollectionRequest;
import io.payout.collection.spi.RefundRequest;
import io.payout.collection.spi.RefundState;
import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.Money;
import io.payout.domain.collection.PaymentLinks;
import io.payout.domain.collection.ProviderAnswer;
import io.payout.domain.collection.Refund;
import io.payout.domain.collection.RefundAnswer;
import io.payout.domain.collection.RefundStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Domain to SPI and back, through a host running one scripted provider. */
class CollectionMappingTest {
    private final ScriptedCollectionPlugin plugin = new ScriptedCollectionPlugin("SCRIPTED");
    private final ScriptedCollectionProvider provider = plugin.provider;
    private final CollectionHost host = new CollectionHost(LoadedCollectionPlugins.of(plugin),
            List.of(CollectionProviderSettings.enabled("SCRIPTED", Map.of())));
    private final SampleCollections sample = SampleCollections.of("SCRIPTED", "pay42", "1500.5");

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void createAsksForThePaymentsAmountFromTheOrdersCustomerForTheRestOfThePaymentWindow() {
        host.create(sample.payment(), sample.order(), SampleCollections.NOW.plusSeconds(61));

        assertThat(provider.requests).containsExactly(new CollectionRequest("pay42", new BigDecimal("1500.50"), "INR",
                "cust-42", "asha@example.com", "9876543210", "Payout order merchant-order-7", 28));
    }

    @Test
    void customerWithoutEmailOrPhoneIsAskedForWithout() {
        SampleCollections bare = SampleCollections.of("SCRIPTED", "pay43", "10",
                new Customer(new CustomerId("c1"), null, null));

        host.create(bare.payment(), bare.order(), SampleCollections.NOW);

        CollectionRequest request = (CollectionRequest) provider.requests.get(0);
        assertThat(request.customerEmail()).isNull();
        assertThat(request.customerPhone()).isNull();
        assertThat(request.expiryInMinutes()).isEqualTo(30);
    }

    @Test
    void paymentWindowIsWholeMinutesAndAtLeastOne() {
        Instant expiry = SampleCollections.NOW;

        assertThat(CollectionMapper.expiryInMinutes(expiry.minus(Duration.ofSeconds(59)), expiry)).isEqualTo(1);
        assertThat(CollectionMapper.expiryInMinutes(expiry.minus(Duration.ofSeconds(119)), expiry)).isEqualTo(1);
        assertThat(CollectionMapper.expiryInMinutes(expiry.minus(Duration.ofMinutes(30).plusSeconds(5)), expiry))
                .isEqualTo(30);
        assertThat(CollectionMapper.expiryInMinutes(expiry.plusSeconds(600), expiry)).isEqualTo(1);
        assertThat(CollectionMapper.expiryInMinutes(Instant.MIN, Instant.MAX)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void openIsAwaitingPaymentWithTheLinks() {
        provider.orderAnswer = () -> new CollectionOrderState.Open("PENDING_VBV", "w", "m", "i", "{}");

        assertThat(host.inquire(sample.payment()))
                .isEqualTo(new ProviderAnswer.AwaitingPayment("PENDING_VBV", new PaymentLinks("w", "m", "i")));
        assertThat(provider.requests).containsExactly("inquire pay42");
    }

    @Test
    void chargedIsChargedMoney() {
        provider.orderAnswer = () -> new CollectionOrderState.Charged(new BigDecimal("1500.5"), "CHARGED", "{}");

        assertThat(host.inquire(sample.payment()))
                .isEqualTo(new ProviderAnswer.Charged(Money.of("1500.50"), "CHARGED"));
    }

    @Test
    void chargedWithAnAmountThatIsNoMoneyIsUnknown() {
        for (String amount : new String[] {"-1", "10.001", null}) {
            provider.orderAnswer = () -> new CollectionOrderState.Charged(amount == null ? null : new BigDecimal(amount),
                    "CHARGED", null);

            assertThat(host.inquire(sample.payment())).as(amount).isInstanceOfSatisfying(ProviderAnswer.Unknown.class,
                    unknown -> assertThat(unknown.notFound()).isFalse());
        }
    }

    @Test
    void unknownKeepsItsReasonAndWhetherTheOrderWasFound() {
        provider.orderAnswer = () -> new CollectionOrderState.Unknown("no such order", true);

        assertThat(host.inquire(sample.payment())).isEqualTo(new ProviderAnswer.Unknown("no such order", true));
    }

    @Test
    void providerThatThrowsOrAnswersNothingIsUnknown() {
        provider.orderAnswer = () -> {
            throw new IllegalStateException("key=sk_live_123 leaked");
        };
        ProviderAnswer thrown = host.create(sample.payment(), sample.order(), SampleCollections.NOW);
        provider.orderAnswer = () -> null;
        ProviderAnswer nothing = host.inquire(sample.payment());
        provider.refundAnswer = () -> {
            throw new UnsupportedOperationException();
        };
        RefundAnswer refundThrown = host.refund(sample.refund("10"));

        assertThat(thrown).isEqualTo(new ProviderAnswer.Unknown(
                "collection provider error: java.lang.IllegalStateException", false));
        assertThat(nothing).isInstanceOf(ProviderAnswer.Unknown.class);
        assertThat(refundThrown).isEqualTo(new RefundAnswer.Unknown(
                "collection provider error: java.lang.UnsupportedOperationException", false));
    }

    @Test
    void refundAsksForTheRefundsAmountUnderItsUniqueRequestId() {
        Refund refund = sample.refund("500");
        provider.refundAnswer = () -> new RefundState.Known(RefundState.Status.PENDING, "rfd_1", "{}");

        RefundAnswer answer = host.refund(refund);

        assertThat(provider.requests).containsExactly(
                new RefundRequest("pay42", refund.uniqueRequestId(), new BigDecimal("500.00")));
        assertThat(refund.uniqueRequestId()).doesNotContain("-");
        assertThat(answer).isEqualTo(new RefundAnswer.Known(RefundStatus.PENDING, "rfd_1", "{}"));
    }

    @Test
    void refundInquiryMapsEachOutcome() {
        Refund refund = sample.refund("500");
        provider.refundAnswer = () -> new RefundState.Known(RefundState.Status.SUCCESS, "rfd_1", null);
        RefundAnswer success = host.inquireRefund(refund);
        provider.refundAnswer = () -> new RefundState.Known(RefundState.Status.FAILURE, null, "refused");
        RefundAnswer failure = host.inquireRefund(refund);
        provider.refundAnswer = () -> new RefundState.Unknown("no such refund", true);
        RefundAnswer notFound = host.inquireRefund(refund);

        assertThat(provider.requests.get(0)).isEqualTo("inquireRefund pay42 " + refund.uniqueRequestId());
        assertThat(success).isEqualTo(new RefundAnswer.Known(RefundStatus.SUCCESS, "rfd_1", null));
        assertThat(failure).isEqualTo(new RefundAnswer.Known(RefundStatus.FAILURE, null, "refused"));
        assertThat(notFound).isEqualTo(new RefundAnswer.Unknown("no such refund", true));
    }

    @Test
    void paymentsAtAProviderNotRunningAreUnknown() {
        SampleCollections elsewhere = SampleCollections.of("EXPRESS_CHECKOUT", "pay44", "10");

        assertThat(host.create(elsewhere.payment(), elsewhere.order(), SampleCollections.NOW))
                .isEqualTo(new ProviderAnswer.Unknown("collection provider EXPRESS_CHECKOUT is not configured", false));
        assertThat(host.inquire(elsewhere.payment())).isInstanceOf(ProviderAnswer.Unknown.class);
        assertThat(host.refund(elsewhere.refund("10"))).isInstanceOf(RefundAnswer.Unknown.class);
        assertThat(host.inquireRefund(elsewhere.refund("10"))).isInstanceOf(RefundAnswer.Unknown.class);
        assertThat(provider.requests).isEmpty();
    }
}
