package io.payout.application.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.fakes.InMemoryMerchantStore;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.application.fakes.MutableClock;
import io.payout.application.order.CreateOrderCommand;
import io.payout.application.order.CreateOrderService;
import io.payout.application.order.OrderLimits;
import io.payout.domain.AdditionalInfo;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.Merchant;
import io.payout.domain.MerchantId;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.NewFulfillment;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import io.payout.domain.UpiBeneficiary;
import io.payout.domain.Udfs;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.attempt.OrderProgress;
import io.payout.domain.callback.WebhookSubscription;
import io.payout.application.fakes.SampleOrders;
import io.payout.application.fakes.StatusOnlyRenderer;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallbackComposerTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final MerchantId ACME = new MerchantId("acme");
    private static final WebhookTarget MERCHANT_HOOK = new WebhookTarget("https://acme.example/all", null, null, null);
    private static final WebhookTarget OWN_HOOK = new WebhookTarget("https://acme.example/f1", "u", "p",
            "{\"X-Env\":\"test\"}");

    private final InMemoryMerchantStore merchants = new InMemoryMerchantStore();
    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private final CallbackComposer composer = new CallbackComposer(merchants, new StatusOnlyRenderer());

    @BeforeEach
    void setUp() {
        merchants.insertMerchant(new Merchant(ACME, T0), "hash", "whsec_c2VjcmV0");
    }

    @Test
    void withoutAnyTargetNothingIsWritten() {
        Order order = order(AdditionalInfo.NONE);

        assertThat(composer.compose(order, started(order).order(), started(order).events())).isEmpty();
    }

    @Test
    void merchantConfigurationReceivesEveryLabel() {
        merchants.saveSubscription(ACME, new WebhookSubscription(MERCHANT_HOOK, null));
        Order order = order(AdditionalInfo.NONE);
        OrderProgress p = started(order);

        List<NewCallback> callbacks = composer.compose(order, p.order(), p.events());

        assertThat(callbacks).extracting(c -> c.event().label() + " " + c.event().value())
                .containsExactly("ORDER FULFILLMENTS_SCHEDULED", "FULFILLMENT_ORDER INITIATED");
        assertThat(callbacks).extracting(NewCallback::target).containsOnly(MERCHANT_HOOK);
        assertThat(callbacks.get(1).info()).contains("\"status\":\"INITIATED\"");
    }

    @Test
    void aFulfillmentsOwnWebhookDetailsWinForItsCallbacksAndCarryTheOrderOnesWhenTheMerchantHasNone() {
        Order order = order(new AdditionalInfo(null, null, null, null, null, OWN_HOOK));
        OrderProgress p = started(order);

        List<NewCallback> callbacks = composer.compose(order, p.order(), p.events());

        assertThat(callbacks).extracting(NewCallback::target).containsOnly(OWN_HOOK);
        assertThat(callbacks).hasSize(2);

        merchants.saveSubscription(ACME, new WebhookSubscription(MERCHANT_HOOK, null));
        List<NewCallback> withMerchant = composer.compose(order, p.order(), p.events());
        assertThat(withMerchant).extracting(c -> c.event().label() + " " + c.target().url())
                .containsExactly("ORDER " + MERCHANT_HOOK.url(), "FULFILLMENT_ORDER " + OWN_HOOK.url());
    }

    @Test
    void labelsTheMerchantDidNotAskForAreNotWritten() {
        merchants.saveSubscription(ACME, new WebhookSubscription(MERCHANT_HOOK, EnumSet.of(EventLabel.ORDER)));
        Order order = order(AdditionalInfo.NONE);
        OrderProgress p = started(order);

        assertThat(composer.compose(order, p.order(), p.events())).extracting(c -> c.event().label())
                .containsExactly(EventLabel.ORDER);
    }

    @Test
    void aTransactionsCallbackGoesToItsFulfillmentsTarget() {
        merchants.saveSubscription(ACME, new WebhookSubscription(MERCHANT_HOOK, null));
        Order order = order(new AdditionalInfo(null, null, null, null, null, OWN_HOOK));
        OrderProgress p = started(order);
        FulfillmentId f1 = order.fulfillments().get(0).id();
        OrderProgress answered = new OrderProgress(p.order(), T0.plusSeconds(1));
        Transaction t = p.order().fulfillment(f1).transactions().get(0);
        answered.putTransaction(f1, t, TransactionStatus.SUCCESS, null);

        List<NewCallback> callbacks = composer.compose(p.order(), answered.order(), answered.events());

        assertThat(callbacks).extracting(c -> c.event().label() + " " + c.event().value() + " " + c.target().url())
                .containsExactly("FULFILLMENT_TXN INITIATED " + OWN_HOOK.url(),
                        "FULFILLMENT_TXN SUCCESS " + OWN_HOOK.url());
    }

    private OrderProgress started(Order order) {
        OrderProgress p = new OrderProgress(order, T0);
        p.setOrderStatus(OrderStatus.FULFILLMENTS_SCHEDULED);
        FulfillmentId f1 = order.fulfillments().get(0).id();
        p.putTransaction(f1, Transaction.created(f1.transaction(1), new MethodId("DUMMY_UPI"), Money.of("5.00"), T0),
                TransactionStatus.CREATED, null);
        p.setFulfillmentStatus(f1, FulfillmentStatus.PENDING);
        return p;
    }

    private Order order(AdditionalInfo info) {
        CreateOrderCommand sample = SampleOrders.oneUpi("acme", "ord-1", "5.00");
        CreateOrderCommand command = new CreateOrderCommand(sample.merchantId(), sample.merchantOrderId(),
                sample.type(), sample.amount(), sample.customer(), sample.udfs(), List.of(new NewFulfillment(Money.of("5.00"),
                new UpiBeneficiary("Asha", "asha@upi", null), List.of(), Udfs.NONE, info)), sample.retryPolicy());
        return new CreateOrderService(store, store, new OrderLimits(Money.of("1000")), new MutableClock(T0))
                .createOrder(command).order();
    }
}
