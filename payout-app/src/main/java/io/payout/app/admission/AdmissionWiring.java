package io.payout.app.admission;

import io.dropwizard.core.setup.Environment;
import io.payout.app.config.AdmissionConfig;
import io.payout.app.metrics.PayoutMetrics;
import io.payout.application.admission.AdmissionSettings;
import io.payout.application.admission.EngineLagGate;
import io.payout.application.admission.GatedCreateOrderService;
import io.payout.application.admission.port.OldestDueOrderPort;
import io.payout.application.order.CreateOrderUseCase;
import io.payout.application.order.port.LoadOrderPort;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admission control, wired (with {@code admission.enabled}): the {@link EngineLagGate} on the engine's backlog, its
 * sampling loop (started and stopped with the server), its metrics, and the create use case behind it. Only order
 * creation is gated; everything else the API serves never sees the gate.
 */
public final class AdmissionWiring {
    private static final Logger LOG = LoggerFactory.getLogger(AdmissionWiring.class);

    private AdmissionWiring() {
    }

    /** {@code createOrder} behind the gate, or as it is when admission control is off. */
    public static CreateOrderUseCase gate(AdmissionConfig config, Duration engineLease, CreateOrderUseCase createOrder,
                                         LoadOrderPort orders, OldestDueOrderPort oldestDue, Environment environment,
                                         Clock clock) {
        if (!config.enabled()) {
            LOG.info("Admission control is off: creates are accepted however far behind the engine is");
            return createOrder;
        }
        AdmissionSettings settings = config.toSettings();
        if (settings.maxEngineLag().compareTo(engineLease) <= 0) {
            LOG.warn("admission.maxEngineLag ({} s) is not above engine.lease ({} s): the orders a killed instance held"
                    + " become due a lease late, so every crash will make the service refuse creates for a while",
                    settings.maxEngineLag().toSeconds(), engineLease.toSeconds());
        }
        EngineLagGate gate = new EngineLagGate(oldestDue, settings, clock);
        environment.lifecycle().manage(new EngineLagSampleLoop(gate, config.sampleInterval()));
        return PayoutMetrics.of(environment).admission(new GatedCreateOrderService(createOrder, gate, orders), gate);
    }
}
