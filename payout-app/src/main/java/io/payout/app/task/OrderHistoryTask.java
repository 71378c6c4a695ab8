package io.payout.app.task;

import io.dropwizard.servlets.tasks.Task;
import io.payout.application.NotFoundException;
import io.payout.application.operator.HistoryEntry;
import io.payout.application.operator.OrderHistoryQuery;
import io.payout.domain.DomainException;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /tasks/order-history?merchant=m1&orderId=<merchant's order id>}: the order's status changes and the
 * operators' actions on it, oldest first, one line each ({@code <instant> STATUS|OPERATOR <text>}).
 */
public final class OrderHistoryTask extends Task {
    private final OrderHistoryQuery history;

    public OrderHistoryTask(OrderHistoryQuery history) {
        super("order-history");
        this.history = history;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        MerchantId merchant;
        MerchantOrderId orderId;
        try {
            merchant = new MerchantId(TaskParameters.single(parameters, "merchant"));
            orderId = new MerchantOrderId(TaskParameters.single(parameters, "orderId"));
        } catch (IllegalArgumentException | DomainException e) {
            output.println("error: give merchant and orderId: " + e.getMessage());
            return;
        }
        try {
            for (HistoryEntry entry : history.history(merchant, orderId)) {
                output.println(entry.at() + " " + entry.kind() + " " + entry.text());
            }
        } catch (NotFoundException e) {
            output.println("error: " + e.getMessage());
        }
    }
}
