package io.payout.adapters.rest.support;

import io.payout.application.admission.AdmissionSettings;
import io.payout.application.admission.EngineLagGate;
import io.payout.application.admission.GatedCreateOrderService;
import io.payout.application.order.CreateOrderUseCase;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The API with order creation behind admission control, as payout-app wires it: at most 5 s of engine lag, clients
 * told to come back after 3 s. The test says how far behind the engine is ({@link #engineBehindBy}); no sampling loop
 * runs, each call samples once.
 */
public class AdmissionGatedPayoutApplication extends TestPayoutApplication {
    public static final Duration MAX_ENGINE_LAG = Duration.ofSeconds(5);
    public static final Duration RETRY_AFTER = Duration.ofSeconds(3);
    private volatile Optional<Instant> oldestDue = Optional.empty();
    private final EngineLagGate gate = new EngineLagGate(now -> oldestDue,
            AdmissionSettings.sampledEvery(Duration.ofMillis(250), MAX_ENGINE_LAG, RETRY_AFTER), clock());

    @Override
    protected CreateOrderUseCase createOrderUseCase() {
        return new GatedCreateOrderService(super.createOrderUseCase(), gate, orders());
    }

    /** The oldest due order has waited {@code lag} (zero: none is due), as the gate's next sample sees it now. */
    public void engineBehindBy(Duration lag) {
        oldestDue = lag.isZero() ? Optional.empty() : Optional.of(clock().instant().minus(lag));
        gate.sample();
    }
}
