package io.payout.app.metrics;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import io.payout.application.admission.AdmissionRefusedException;
import io.payout.application.admission.EngineLagGate;
import io.payout.application.order.CreateOrderCommand;
import io.payout.application.order.CreateOrderResult;
import io.payout.application.order.CreateOrderUseCase;

/**
 * Admission control's metrics: {@value #REFUSED} counts the creates it refused; {@value #LAG} is the engine's lag as
 * last sampled (kept while sampling fails), {@value #REFUSING} 1 while new orders are refused, else 0.
 */
public final class MeteredAdmission implements CreateOrderUseCase {
    public static final String REFUSED = "payout.admission.refused.total";
    public static final String LAG = "payout.admission.engine_lag_seconds";
    public static final String REFUSING = "payout.admission.refusing";
    private final CreateOrderUseCase delegate;
    private final Counter refused;

    public MeteredAdmission(CreateOrderUseCase delegate, EngineLagGate gate, MetricRegistry registry) {
        this.delegate = delegate;
        this.refused = registry.counter(REFUSED);
        registry.register(LAG, (Gauge<Double>) () -> gate.lag().toMillis() / 1000d);
        registry.register(REFUSING, (Gauge<Integer>) () -> gate.admitsNewOrders() ? 0 : 1);
    }

    @Override
    public CreateOrderResult createOrder(CreateOrderCommand command) {
        try {
            return delegate.createOrder(command);
        } catch (AdmissionRefusedException e) {
            refused.inc();
            throw e;
        }
    }
}
