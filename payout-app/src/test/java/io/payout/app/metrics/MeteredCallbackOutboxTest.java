package io.payout.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import io.payout.application.callback.DeliveryAttempt;
import io.payout.application.callback.DeliveryOutcome;
import io.payout.application.callback.NewCallback;
import io.payout.application.callback.RelayCallbacksService;
import io.payout.application.callback.RelaySettings;
import io.payout.application.callback.SendResult;
import io.payout.application.callback.port.CallbackOutboxPort;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The relay over the metered outbox: every attempt it writes is timed under its outcome. */
class MeteredCallbackOutboxTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final MerchantId ACME = new MerchantId("acme");
    private static final WebhookTarget GOOD = new WebhookTarget("https://good.example/hook", null, null, null);
    private static final WebhookTarget DOWN = new WebhookTarget("https://down.example/hook", null, null, null);
    private static final RetrySchedule TWO_RETRIES = new RetrySchedule(
            List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), Duration.ofSeconds(30));

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private final InMemoryMerchantStore merchants = new InMemoryMerchantStore();
    private final MetricRegistry registry = new MetricRegistry();
    /** The good endpoint answers 200 in 30 ms, the other 503 in 700 ms. */
    private final SendCallbackPort sender = (callback, secrets) -> {
        boolean good = callback.target().url().equals(GOOD.url());
        return CompletableFuture.completedFuture(new SendResult(new DeliveryAttempt(clock.instant(),
                Duration.ofMillis(good ? 30 : 700), good ? 200 : 503, null), null, false));
    };
    private RelayCallbacksService relay;

    @BeforeEach
    void setUp() {
        merchants.insertMerchant(new Merchant(ACME, T0), "hash", "whsec_c2VjcmV0");
        relay = new RelayCallbacksService(new MeteredCallbackOutbox(store, registry), sender, merchants, TWO_RETRIES,
                new RelaySettings(10, 10, 2, Duration.ofSeconds(30), Duration.ofSeconds(1)), clock);
    }

    @Test
    void attemptsAreTimedAsDeliveredRetryScheduledOrFailed() {
        orderWithCallback("ord-good", GOOD);
        orderWithCallback("ord-down", DOWN);

        for (int round = 0; round < 4; round++) {
            relay.relay();
            relay.writeFinished();
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(timer("delivered").getCount()).isEqualTo(1);
        assertThat(timer("delivered").getSnapshot().getMax()).isEqualTo(Duration.ofMillis(30).toNanos());
        assertThat(timer("retry_scheduled").getCount()).isEqualTo(2);
        assertThat(timer("failed").getCount()).isEqualTo(1);
        assertThat(timer("failed").getSnapshot().getMax()).isEqualTo(Duration.ofMillis(700).toNanos());
    }

    @Test
    void everyOutcomeIsThereFromTheStartAtZero() {
        new MeteredCallbackOutbox(store, registry);

        assertThat(registry.getTimers().keySet()).containsExactlyInAnyOrder(
                "payout.callbacks.delivery{outcome=delivered}", "payout.callbacks.delivery{outcome=retry_scheduled}",
                "payout.callbacks.delivery{outcome=failed}");
    }

    @Test
    void outcomesThatCouldNotBeWrittenAreNotCounted() {
        CallbackOutboxPort failing = new MeteredCallbackOutbox(new InMemoryOrderStore() {
            @Override
            public synchronized void record(List<DeliveryOutcome> outcomes) {
                throw new IllegalStateException("database down");
            }
        }, registry);

        assertThatThrownBy(() -> failing.record(List.of(new DeliveryOutcome("cb-1",
                new DeliveryAttempt(T0, Duration.ofMillis(5), 200, null), CallbackStatus.DELIVERED, null, 0))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(timer("delivered").getCount()).isZero();
    }

    private Timer timer(String outcome) {
        return registry.timer("payout.callbacks.delivery{outcome=" + outcome + "}");
    }

    private void orderWithCallback(String merchantOrderId, WebhookTarget target) {
        Order order = new CreateOrderService(store, store, new OrderLimits(Money.of("1000")), clock)
                .createOrder(SampleOrders.oneUpi("acme", merchantOrderId, "5.00")).order();
        OrderWork work = store.work(ACME, order.id()).orElseThrow();
        store.saveProgress(work, work.order(), List.of(), List.of(new NewCallback(new CallbackEvent(EventLabel.ORDER,
                "FULFILLMENTS_SCHEDULED", order.id().value(), clock.instant()), target, "{}")), Map.of(),
                Lease.RELEASE);
    }
}
