package io.payout.app.metrics;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.setup.Environment;
import io.payout.adapters.rest.request.EndpointTimingListener;
import io.payout.app.Persistence;
import io.payout.application.admission.EngineLagGate;
import io.payout.application.callback.port.CallbackOutboxPort;
import io.payout.application.collection.port.CollectionWorkPort;
import io.payout.application.engine.port.OrderWorkPort;
import io.payout.application.engine.port.PayoutGatewayPort;
import io.payout.application.operator.port.OperatorActionPort;
import io.payout.application.order.CreateOrderUseCase;
import java.time.Clock;
import java.time.Duration;

/**
 * The business metrics, wired: decorators that record what passes through the ports and use cases they wrap (the
 * application itself knows nothing of metrics), the backlog gauges, the API's request timers, and the Prometheus
 * scrape on the admin port. Every metric lives in the application's {@link MetricRegistry}, named as
 * {@link MetricName} describes; docs/operations.md lists them all.
 */
public final class PayoutMetrics {
    /** How long a backlog reading is kept: a scrape never costs more than one read per backlog per this. */
    public static final Duration BACKLOG_TTL = Duration.ofSeconds(5);
    private final MetricRegistry registry;
    private final TerminalOrders terminal;

    public PayoutMetrics(MetricRegistry registry) {
        this.registry = registry;
        this.terminal = new TerminalOrders(registry);
    }

    public static PayoutMetrics of(Environment environment) {
        return new PayoutMetrics(environment.metrics());
    }

    /** Orders created, by type. */
    public CreateOrderUseCase createOrder(CreateOrderUseCase createOrder) {
        return new MeteredCreateOrder(createOrder, registry);
    }

    /** Creates refused by admission control, and its gate's lag and decision. */
    public CreateOrderUseCase admission(CreateOrderUseCase gated, EngineLagGate gate) {
        return new MeteredAdmission(gated, gate, registry);
    }

    /** Gateway latency and answers. */
    public PayoutGatewayPort gateways(PayoutGatewayPort gateways) {
        return new MeteredGateways(gateways, registry);
    }

    /** Time to a final status, of orders the engine or a cancel finishes. */
    public OrderWorkPort orderWork(OrderWorkPort work) {
        return new MeteredOrderWork(work, terminal);
    }

    /** Time to a final status, of orders an operator finishes. */
    public OperatorActionPort operatorActions(OperatorActionPort actions) {
        return new MeteredOperatorActions(actions, terminal);
    }

    /** Time to a final status, of Pay and Fulfill orders whose payment's end finishes them. */
    public CollectionWorkPort collectionWork(CollectionWorkPort work) {
        return new MeteredCollectionWork(work, terminal);
    }

    /** Callback delivery attempts by outcome, with their latency. */
    public CallbackOutboxPort callbackOutbox(CallbackOutboxPort outbox) {
        return new MeteredCallbackOutbox(outbox, registry);
    }

    /** {@code /prometheus} on the admin port, the API's request timers, and the work and callback backlog gauges. */
    public static void serve(Environment environment, Persistence persistence, Clock clock) {
        PrometheusServlet.register(environment);
        environment.jersey().register(new EndpointTimingListener(new ApiTimers(environment.metrics())));
        BacklogGauges.register(environment.metrics(), "orders", persistence.work()::oldestDue,
                persistence.work()::countDue, BACKLOG_TTL, clock);
        BacklogGauges.register(environment.metrics(), "callbacks", persistence.callbacks()::oldestDue,
                persistence.callbacks()::countDue, BACKLOG_TTL, clock);
    }
}
