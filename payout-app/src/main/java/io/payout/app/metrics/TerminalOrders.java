package io.payout.app.metrics;

import com.codahale.metrics.MetricRegistry;
import io.payout.domain.Order;
import io.payout.domain.attempt.OrderStatusRule;
import java.time.Duration;

/**
 * Times each order from its creation to the save that made it final: {@value #TIME_TO_TERMINAL}{@code {type,
 * status}}, status the final one ({@code FULFILLMENTS_SUCCESSFUL}, {@code FULFILLMENTS_FAILURE},
 * {@code FULFILLMENTS_CANCELLED}, {@code FULFILLED_PARTIALLY}). Only a move from a status that is not final to one
 * that is counts, so an order moving between final statuses (a success reversed) is timed once; one reopened and
 * finished again would be timed again.
 */
final class TerminalOrders {
    static final String TIME_TO_TERMINAL = "payout.orders.time_to_terminal";
    private final MetricRegistry registry;

    TerminalOrders(MetricRegistry registry) {
        this.registry = registry;
    }

    /** Called after {@code before} was saved as {@code after}. */
    void saved(Order before, Order after) {
        if (!OrderStatusRule.isTerminal(before.status()) && OrderStatusRule.isTerminal(after.status())) {
            Duration age = Duration.between(after.createdAt(), after.updatedAt());
            registry.timer(MetricName.of(TIME_TO_TERMINAL, "type", after.type().name(), "status",
                    after.status().name())).update(age.isNegative() ? Duration.ZERO : age);
        }
    }
}
