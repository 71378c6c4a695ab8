package io.payout.app.metrics;

import com.codahale.metrics.Clock;
import com.codahale.metrics.MetricRegistry;
import io.payout.application.engine.port.PayoutGatewayPort;
import io.payout.domain.Fulfillment;
import io.payout.domain.MethodId;
import io.payout.domain.Transaction;
import io.payout.domain.attempt.GatewayResult;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Times every gateway call ({@value #LATENCY}{@code {gateway, operation}}) and counts its answers
 * ({@value #ANSWERS}{@code {gateway, method, operation, outcome}}), outcome one of {@code success}, {@code failure},
 * {@code pending}, {@code unknown} (no usable answer: a timeout, an error), {@code not_sent} (a call the host did
 * not make: the gateway's threads taken, a settled transaction's poll giving way, the method paused) and
 * {@code not_found} (an inquiry about a reference the gateway never received).
 */
public final class MeteredGateways implements PayoutGatewayPort {
    public static final String LATENCY = "payout.gateway.latency";
    public static final String ANSWERS = "payout.gateway.answers.total";
    static final String INITIATE = "initiate";
    static final String INQUIRE = "inquire";

    private final PayoutGatewayPort delegate;
    private final MetricRegistry registry;
    private final Clock clock;

    public MeteredGateways(PayoutGatewayPort delegate, MetricRegistry registry) {
        this(delegate, registry, Clock.defaultClock());
    }

    MeteredGateways(PayoutGatewayPort delegate, MetricRegistry registry, Clock clock) {
        this.delegate = delegate;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public GatewayResult initiate(Fulfillment fulfillment, Transaction transaction) {
        return measured(INITIATE, transaction.method(), () -> delegate.initiate(fulfillment, transaction));
    }

    @Override
    public GatewayResult inquire(Transaction transaction) {
        return measured(INQUIRE, transaction.method(), () -> delegate.inquire(transaction));
    }

    private GatewayResult measured(String operation, MethodId method, Supplier<GatewayResult> call) {
        long start = clock.getTick();
        GatewayResult result = call.get();
        registry.timer(MetricName.of(LATENCY, "gateway", method.gateway(), "operation", operation))
                .update(clock.getTick() - start, TimeUnit.NANOSECONDS);
        registry.counter(MetricName.of(ANSWERS, "gateway", method.gateway(), "method", method.value(),
                "operation", operation, "outcome", outcome(result))).inc();
        return result;
    }

    static String outcome(GatewayResult result) {
        if (result instanceof GatewayResult.Succeeded) {
            return "success";
        }
        if (result instanceof GatewayResult.Failed) {
            return "failure";
        }
        if (result instanceof GatewayResult.Pending) {
            return "pending";
        }
        if (result instanceof GatewayResult.NotSent) {
            return "not_sent";
        }
        return ((GatewayResult.Unknown) result).notFound() ? "not_found" : "unknown";
    }
}
