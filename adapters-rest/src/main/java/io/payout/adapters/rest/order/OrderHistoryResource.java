package io.payout.adapters.rest.order;

import io.dropwizard.auth.Auth;
import io.payout.adapters.rest.auth.MerchantPrincipal;
import io.payout.application.operator.HistoryEntry;
import io.payout.application.operator.OperatorAction;
import io.payout.application.operator.OrderHistoryQuery;
import io.payout.domain.InvalidInputException;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.attempt.StatusEvent;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;

/**
 * An order's history for the authenticated merchant (ours: Juspay has none): every status change of the order, its
 * fulfillments and transactions, and what operators did to it and why (not who). Its own root resource, like the
 * delivery log: its path is longer than {@code OrderResource}'s.
 */
@Path("/merchant/v1/orders/{orderId}/history")
@Produces(MediaType.APPLICATION_JSON)
public class OrderHistoryResource {
    private static final Pattern TRANSACTION = Pattern.compile(".+-f[0-9]+-t[0-9]+");
    private static final Pattern FULFILLMENT = Pattern.compile(".+-f[0-9]+");
    private final OrderHistoryQuery history;

    public OrderHistoryResource(OrderHistoryQuery history) {
        this.history = history;
    }

    /** 200 with the entries oldest first; 404 E09 when the merchant has no such order (another's included). */
    @GET
    public OrderHistoryView history(@Auth MerchantPrincipal merchant, @PathParam("orderId") String orderId) {
        MerchantOrderId merchantOrderId = InvalidInputException.at("orderId", () -> new MerchantOrderId(orderId));
        return new OrderHistoryView(merchantOrderId.value(), history.history(merchant.merchantId(), merchantOrderId)
                .stream().map(OrderHistoryResource::toView).toList());
    }

    private static OrderHistoryView.Entry toView(HistoryEntry entry) {
        String at = OrderViewMapper.time(entry.at());
        if (entry.event() != null) {
            StatusEvent e = entry.event();
            return new OrderHistoryView.Entry(at, OrderHistoryView.Entry.STATUS_CHANGE, e.label().name(),
                    e.entityId(), e.value(), null, null);
        }
        OperatorAction a = entry.action();
        String target = a.target() == null ? a.orderId().value() : a.target();
        return new OrderHistoryView.Entry(at, OrderHistoryView.Entry.OPERATOR_ACTION, labelOf(target), target,
                a.action(), a.action(), a.reason());
    }

    /** What an action's target is, named as callbacks name it. */
    private static String labelOf(String target) {
        return TRANSACTION.matcher(target).matches() ? "FULFILLMENT_TXN"
                : FULFILLMENT.matcher(target).matches() ? "FULFILLMENT_ORDER" : "ORDER";
    }
}
