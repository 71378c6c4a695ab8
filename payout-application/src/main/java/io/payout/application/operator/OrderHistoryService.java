package io.payout.application.operator;

import io.payout.application.NotFoundException;
import io.payout.application.operator.port.OperatorActionPort;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.attempt.StatusEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges an order's status events (in their order) with its operator actions by time; at the same instant the
 * operator's action comes first, as it caused the changes.
 */
public class OrderHistoryService implements OrderHistoryQuery {
    private final OperatorActionPort actions;

    public OrderHistoryService(OperatorActionPort actions) {
        this.actions = actions;
    }

    @Override
    public List<HistoryEntry> history(MerchantId merchantId, MerchantOrderId merchantOrderId) {
        OperatorActionPort.OrderTrail trail = actions.loadTrail(merchantId, merchantOrderId)
                .orElseThrow(() -> new NotFoundException("no order " + merchantOrderId));
        List<HistoryEntry> entries = new ArrayList<>();
        trail.actions().forEach(a -> entries.add(new HistoryEntry(a.at(), HistoryEntry.OPERATOR, text(a))));
        trail.events().forEach(e -> entries.add(new HistoryEntry(e.occurredAt(), HistoryEntry.STATUS, text(e))));
        entries.sort(Comparator.comparing(HistoryEntry::at)); // stable: events keep their sequence
        return List.copyOf(entries);
    }

    private static String text(StatusEvent e) {
        return e.label() + " " + e.entityId() + " " + e.value();
    }

    private static String text(OperatorAction a) {
        return a.action() + " " + a.target() + " by " + a.operator() + ": " + a.reason()
                + (a.details() == null ? "" : " (" + a.details() + ")");
    }
}
