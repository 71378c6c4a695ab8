package io.payout.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import io.payout.application.admission.AdmissionRefusedException;
import io.payout.application.admission.AdmissionSettings;
import io.payout.application.admission.EngineLagGate;
import io.payout.application.admission.GatedCreateOrderService;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.application.fakes.MutableClock;
import io.payout.application.fakes.SampleOrders;
import io.payout.application.order.CreateOrderService;
import io.payout.application.order.CreateOrderUseCase;
import io.payout.application.order.OrderLimits;
import io.payout.domain.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeteredAdmissionTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private final MetricRegistry registry = new MetricRegistry();
    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private Optional<Instant> oldestDue = Optional.empty();
    private final EngineLagGate gate = new EngineLagGate(now -> oldestDue,
            AdmissionSettings.sampledEvery(Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofSeconds(1)),
            clock);
    private final CreateOrderUseCase createOrder = new MeteredAdmission(new GatedCreateOrderService(
            new CreateOrderService(store, store, new OrderLimits(Money.of("1000")), clock), gate, store), gate,
            registry);

    @Test
    void refusedCreatesAreCountedAndAcceptedOnesAndRepeatsAreNot() {
        createOrder.createOrder(SampleOrders.oneUpi("acme", "ord-1", "5.00"));
        oldestDue = Optional.of(T0.minusMillis(7_500));
        gate.sample();

        createOrder.createOrder(SampleOrders.oneUpi("acme", "ord-1", "5.00"));
        for (int i = 2; i <= 4; i++) {
            String orderId = "ord-" + i;
            assertThatThrownBy(() -> createOrder.createOrder(SampleOrders.oneUpi("acme", orderId, "5.00")))
                    .isInstanceOf(AdmissionRefusedException.class);
        }

        assertThat(registry.counter(MeteredAdmission.REFUSED).getCount()).isEqualTo(3);
        assertThat(registry.getGauges().get(MeteredAdmission.LAG).getValue()).isEqualTo(7.5);
        assertThat(registry.getGauges().get(MeteredAdmission.REFUSING).getValue()).isEqualTo(1);
    }

    @Test
    void theGaugesStartAtZero() {
        assertThat(registry.counter(MeteredAdmission.REFUSED).getCount()).isZero();
        assertThat(registry.getGauges().get(MeteredAdmission.LAG).getValue()).isEqualTo(0.0);
        assertThat(registry.getGauges().get(MeteredAdmission.REFUSING).getValue()).isEqualTo(0);
    }
}
