package io.payout.application.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.callback.port.SendCallbackPort;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.fakes.InMemoryMerchantStore;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.application.fakes.MutableClock;
import io.payout.application.fakes.SampleOrders;
import io.payout.application.order.CreateOrderService;
import io.payout.application.order.OrderLimits;
import io.payout.domain.Merchant;
import io.payout.domain.MerchantId;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.callback.CallbackEvent;
import io.payout.domain.callback.CallbackStatus;
import io.payout.domain.callback.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelayCallbacksServiceTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final MerchantId ACME = new MerchantId("acme");
    private static final WebhookTarget HOOK = new WebhookTarget("https://acme.example/hook", "u", "p", null);
    private static final WebhookTarget SLOW = new WebhookTarget("https://slow.example/hook", null, null, null);
    private static final RetrySchedule TWO_RETRIES = new RetrySchedule(
            List.of(Duration.ofSeconds(1), Duration.ofSeconds(5)), Duration.ofSeconds(30));

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private final InMemoryMerchantStore merchants = new InMemoryMerchantStore();
    /** Posts the relay started, answered by the test. */
    private final List<Post> posts = new CopyOnWriteArrayList<>();
    private final SendCallbackPort sender = (callback, secrets) -> {
        Post post = new Post(callback, secrets, new CompletableFuture<>());
        posts.add(post);
        return post.answer();
    };
    private RelayCallbacksService relay;

    private record Post(PendingCallback callback, WebhookSecrets secrets, CompletableFuture<SendResult> answer) {
        void reply(int status) {
            answer.complete(new SendResult(new DeliveryAttempt(T0, Duration.ofMillis(5), status, null), null, false));
        }

        void replyRetryAfter(int status, Duration retryAfter) {
            answer.complete(new SendResult(new DeliveryAttempt(T0, Duration.ofMillis(5), status, null), retryAfter,
                    false));
        }
    }

    @BeforeEach
    void setUp() {
        merchants.insertMerchant(new Merchant(ACME, T0), "hash", "whsec_c2VjcmV0");
        relay = new RelayCallbacksService(store, sender, merchants, TWO_RETRIES,
                new RelaySettings(10, 10, 2, Duration.ofSeconds(30), Duration.ofSeconds(1)), clock);
    }

    @Test
    void anOrdersCallbacksGoOutOneAtATimeInSequence() {
        Order order = orderWithCallbacks("ord-1", HOOK, "FULFILLMENTS_SCHEDULED", "FULFILLMENTS_SUCCESSFUL");

        relay.relay();
        relay.relay();
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).callback().sequence()).isEqualTo(1);
        assertThat(posts.get(0).secrets().current()).isEqualTo("whsec_c2VjcmV0");

        posts.get(0).reply(200);
        relay.relay();

        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).callback().event().value()).isEqualTo("FULFILLMENTS_SUCCESSFUL");
        assertThat(statusOf(order, 1)).isEqualTo(CallbackStatus.DELIVERED);
    }

    @Test
    void ordersDoNotWaitForEachOther() {
        orderWithCallbacks("ord-1", HOOK, "FULFILLMENTS_SCHEDULED");
        orderWithCallbacks("ord-2", HOOK, "FULFILLMENTS_SCHEDULED");

        relay.relay();

        assertThat(posts).hasSize(2);
    }

    @Test
    void aFailedAttemptIsRetriedOnTheScheduleThenGivenUpAndTheNextCallbackProceeds() {
        Order order = orderWithCallbacks("ord-1", HOOK, "FULFILLMENTS_SCHEDULED", "FULFILLMENTS_SUCCESSFUL");
        relay.relay();
        posts.get(0).reply(500);
        relay.relay();
        assertThat(posts).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        relay.relay();
        posts.get(1).reply(503);
        relay.relay();
        clock.advance(Duration.ofSeconds(4));
        relay.relay();
        assertThat(posts).hasSize(2);

        clock.advance(Duration.ofSeconds(1));
        relay.relay();
        posts.get(2).reply(404);
        relay.relay();

        assertThat(statusOf(order, 1)).isEqualTo(CallbackStatus.FAILED);
        assertThat(store.findByOrder(ACME, order.id()).get(0).attempts()).extracting(DeliveryAttempt::httpStatus)
                .containsExactly(500, 503, 404);
        assertThat(posts).hasSize(4);
        assertThat(posts.get(3).callback().sequence()).isEqualTo(2);
    }

    @Test
    void retryAfterPostponesTheNextAttempt() {
        Order order = orderWithCallbacks("ord-1", HOOK, "FULFILLMENTS_SCHEDULED");
        relay.relay();
        posts.get(0).replyRetryAfter(429, Duration.ofSeconds(20));
        relay.relay();

        clock.advance(Duration.ofSeconds(19));
        relay.relay();
        assertThat(posts).hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        relay.relay();

        assertThat(posts).hasSize(2);
        assertThat(statusOf(order, 1)).isEqualTo(CallbackStatus.PENDING);
    }

    @Test
    void aRefusedTargetFailsAtOnce() {
        Order order = orderWithCallbacks("ord-1", HOOK, "FULFILLMENTS_SCHEDULED");
        relay.relay();
        posts.get(0).answer().complete(new SendResult(new DeliveryAttempt(T0, Duration.ZERO, null,
                "target refused: acme.example resolves to a private address"), null, true));
        relay.relay();

        assertThat(statusOf(order, 1)).isEqualTo(CallbackStatus.FAILED);
        assertThat(store.findByOrder(ACME, order.id()).get(0).attempts().get(0).error()).contains("target refused");
    }

    @Test
    void aBusyEndpointHoldsOnlyItsOwnSlotsAndOtherEndpointsKeepGoing() {
        for (int i = 1; i <= 5; i++) {
            orderWithCallbacks("slow-" + i, SLOW, "FULFILLMENTS_SCHEDULED");
        }
        relay.relay();
        assertThat(posts).hasSize(2);

        orderWithCallbacks("ord-1", HOOK, "FULFILLMENTS_SCHEDULED");
        relay.relay();

        assertThat(posts).extracting(p -> p.callback().target().url())
                .containsExactly(SLOW.url(), SLOW.url(), HOOK.url());
    }

    @Test
    void redeliveryMakesOneMoreAttemptOnly() {
        Order order = orderWithCallbacks("ord-1", HOOK, "FULFILLMENTS_SCHEDULED");
        AtomicInteger wakes = new AtomicInteger();
        RedeliverCallbackService redeliver = new RedeliverCallbackService(store, TWO_RETRIES,
                wakes::incrementAndGet, clock);
        relay.relay();
        posts.get(0).reply(200);
        relay.relay();

        CallbackRecord again = redeliver.redeliver(ACME, order.id().value() + "-c1");
        relay.relay();
        posts.get(1).reply(500);
        relay.relay();

        assertThat(again.status()).isEqualTo(CallbackStatus.PENDING);
        assertThat(wakes).hasValue(1);
        assertThat(statusOf(order, 1)).isEqualTo(CallbackStatus.FAILED);
        assertThat(store.findByOrder(ACME, order.id()).get(0).attempts()).hasSize(2);
    }

    private CallbackStatus statusOf(Order order, int sequence) {
        return store.findByOrder(ACME, order.id()).get(sequence - 1).status();
    }

    /** A stored order whose progress wrote one ORDER callback per value, to {@code target}. */
    private Order orderWithCallbacks(String merchantOrderId, WebhookTarget target, String... values) {
        Order order = new CreateOrderService(store, store, new OrderLimits(Money.of("1000")), clock)
                .createOrder(SampleOrders.oneUpi("acme", merchantOrderId, "5.00")).order();
        OrderWork work = store.work(ACME, order.id()).orElseThrow();
        List<NewCallback> callbacks = new ArrayList<>();
        for (String value : values) {
            callbacks.add(new NewCallback(new CallbackEvent(EventLabel.ORDER, value, order.id().value(),
                    clock.instant()), target, "{\"status\":\"" + value + "\"}"));
        }
        store.saveProgress(work, work.order(), List.of(), callbacks, Map.of(), Lease.RELEASE);
        return order;
    }
}
