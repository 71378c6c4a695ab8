package io.payout.application.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.ConflictException;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.application.fakes.MutableClock;
import io.payout.application.fakes.SampleOrders;
import io.payout.application.order.CreateOrderResult;
import io.payout.application.order.CreateOrderService;
import io.payout.application.order.OrderLimits;
import io.payout.domain.Money;
import io.payout.domain.Order;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Order creation behind a gate whose engine is 10 s behind (refusing) or up to date (admitting). */
class GatedCreateOrderServiceTest {
    private static final Instant START = Instant.parse("2024-03-01T10:00:00Z");
    private final MutableClock clock = new MutableClock(START);
    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private Optional<Instant> oldestDue = Optional.empty();
    private final EngineLagGate gate = new EngineLagGate(now -> oldestDue,
            AdmissionSettings.sampledEvery(Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofSeconds(3)),
            clock);
    private final GatedCreateOrderService service = new GatedCreateOrderService(
            new CreateOrderService(store, store, new OrderLimits(Money.of("100000.00")), clock), gate, store);

    @Test
    void whileTheEngineKeepsUpOrdersAreCreated() {
        gate.sample();

        CreateOrderResult result = service.createOrder(SampleOrders.twoFulfillments("acme", "ord-1"));

        assertThat(result.created()).isTrue();
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void whileTheEngineIsBehindANewOrderIsRefusedWithRetryAfterAndNothingIsWritten() {
        engineBehind();

        assertThatThrownBy(() -> service.createOrder(SampleOrders.twoFulfillments("acme", "ord-1")))
                .isInstanceOfSatisfying(AdmissionRefusedException.class,
                        refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(3)));
        assertThat(store.size()).isZero();
    }

    @Test
    void whileTheEngineIsBehindARepeatOfAnAcceptedOrderGetsTheStoredOrder() {
        gate.sample();
        Order accepted = service.createOrder(SampleOrders.twoFulfillments("acme", "ord-1")).order();
        engineBehind();

        CreateOrderResult repeat = service.createOrder(SampleOrders.twoFulfillments("acme", "ord-1"));

        assertThat(repeat.created()).isFalse();
        assertThat(repeat.order()).isEqualTo(accepted);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void whileTheEngineIsBehindAReusedOrderIdIsStillAConflict() {
        gate.sample();
        service.createOrder(SampleOrders.oneUpi("acme", "ord-1", "10"));
        engineBehind();

        assertThatThrownBy(() -> service.createOrder(SampleOrders.oneUpi("acme", "ord-1", "12")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anOrderRefusedEarlierIsCreatedOnceTheEngineCatchesUp() {
        engineBehind();
        assertThatThrownBy(() -> service.createOrder(SampleOrders.twoFulfillments("acme", "ord-1")))
                .isInstanceOf(AdmissionRefusedException.class);

        oldestDue = Optional.empty();
        clock.advance(Duration.ofSeconds(3));
        gate.sample();

        assertThat(service.createOrder(SampleOrders.twoFulfillments("acme", "ord-1")).created()).isTrue();
    }

    private void engineBehind() {
        oldestDue = Optional.of(clock.instant().minusSeconds(10));
        gate.sample();
        assertThat(gate.admitsNewOrders()).isFalse();
    }
}
