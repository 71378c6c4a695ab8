package io.payout.domain.attempt;

import static io.payout.domain.attempt.Fixtures.T0;
import static io.payout.domain.attempt.Fixtures.bank;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.FulfillmentStatus;
import io.payout.domain.NewFulfillment;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class OrderStatusRuleTest {
    /** An order in {@code orderStatus} whose fulfillments have these statuses, in turn. */
    private static Order order(OrderStatus orderStatus, String fulfillmentStatuses) {
        String[] statuses = fulfillmentStatuses.split(" ");
        NewFulfillment[] requested = new NewFulfillment[statuses.length];
        Arrays.fill(requested, bank("2.00"));
        Order order = Fixtures.order(requested).withStatus(orderStatus, T0);
        for (int i = 0; i < statuses.length; i++) {
            order = order.withFulfillment(order.fulfillments().get(i)
                    .withStatus(FulfillmentStatus.valueOf(statuses[i]), T0), T0);
        }
        return order;
    }

    @ParameterizedTest(name = "{1} in a {0} order -> {2}")
    @CsvSource({
            // any in review: review, whatever else there is
            "FULFILLMENTS_SCHEDULED, MANUAL_REVIEW, FULFILLMENTS_MANUAL_REVIEW",
            "FULFILLMENTS_SCHEDULED, SUCCESS MANUAL_REVIEW, FULFILLMENTS_MANUAL_REVIEW",
            "FULFILLMENTS_SCHEDULED, PENDING MANUAL_REVIEW CREATED, FULFILLMENTS_MANUAL_REVIEW",
            "FULFILLMENTS_SCHEDULED, FAILURE MANUAL_REVIEW CANCELLED, FULFILLMENTS_MANUAL_REVIEW",
            "READY_FOR_FULFILLMENT, MANUAL_REVIEW, FULFILLMENTS_MANUAL_REVIEW",
            // any open: scheduled once picked up, else as it was
            "FULFILLMENTS_SCHEDULED, PENDING, FULFILLMENTS_SCHEDULED",
            "FULFILLMENTS_SCHEDULED, CREATED SUCCESS, FULFILLMENTS_SCHEDULED",
            "FULFILLMENTS_SCHEDULED, SUCCESS PENDING FAILURE, FULFILLMENTS_SCHEDULED",
            "FULFILLMENTS_MANUAL_REVIEW, PENDING SUCCESS, FULFILLMENTS_SCHEDULED",
            "READY_FOR_FULFILLMENT, CREATED CANCELLED, READY_FOR_FULFILLMENT",
            "READY_FOR_FULFILLMENT, PENDING, READY_FOR_FULFILLMENT",
            "CREATED, CREATED, CREATED",
            // none open
            "FULFILLMENTS_SCHEDULED, SUCCESS, FULFILLMENTS_SUCCESSFUL",
            "FULFILLMENTS_SCHEDULED, SUCCESS SUCCESS SUCCESS, FULFILLMENTS_SUCCESSFUL",
            "FULFILLMENTS_MANUAL_REVIEW, SUCCESS SUCCESS, FULFILLMENTS_SUCCESSFUL",
            "READY_FOR_FULFILLMENT, CANCELLED, FULFILLMENTS_CANCELLED",
            "FULFILLMENTS_SCHEDULED, CANCELLED CANCELLED, FULFILLMENTS_CANCELLED",
            "FULFILLMENTS_SCHEDULED, FAILURE, FULFILLMENTS_FAILURE",
            "FULFILLMENTS_SCHEDULED, FAILURE FAILURE, FULFILLMENTS_FAILURE",
            "FULFILLMENTS_SCHEDULED, FAILURE CANCELLED, FULFILLMENTS_FAILURE",
            "FULFILLMENTS_SUCCESSFUL, FAILURE, FULFILLMENTS_FAILURE",
            "FULFILLMENTS_SCHEDULED, SUCCESS FAILURE, FULFILLED_PARTIALLY",
            "FULFILLMENTS_SCHEDULED, SUCCESS CANCELLED, FULFILLED_PARTIALLY",
            "FULFILLMENTS_SCHEDULED, FAILURE SUCCESS CANCELLED, FULFILLED_PARTIALLY",
            "FULFILLMENTS_SUCCESSFUL, SUCCESS FAILURE, FULFILLED_PARTIALLY",
    })
    void orderStatusFollowsItsFulfillments(OrderStatus current, String fulfillments, OrderStatus expected) {
        assertThat(OrderStatusRule.statusOf(order(current, fulfillments))).isEqualTo(expected);
    }

    @Test
    void endedStatusesAreTerminalAndTheOthersAreNot() {
        Set<OrderStatus> terminal = EnumSet.of(OrderStatus.FULFILLMENTS_SUCCESSFUL, OrderStatus.FULFILLMENTS_FAILURE,
                OrderStatus.FULFILLMENTS_CANCELLED, OrderStatus.FULFILLED_PARTIALLY);

        for (OrderStatus status : OrderStatus.values()) {
            assertThat(OrderStatusRule.isTerminal(status)).as(status.name()).isEqualTo(terminal.contains(status));
        }
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"READY_FOR_FULFILLMENT", "CREATED"})
    void orderNotYetPickedUpKeepsItsStatusWhileWorkRemains(OrderStatus status) {
        assertThat(OrderStatusRule.statusOf(order(status, "CREATED CREATED"))).isEqualTo(status);
    }
}
