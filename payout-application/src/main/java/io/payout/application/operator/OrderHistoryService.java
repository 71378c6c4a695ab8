package io.payout.application.operator;

import io.payout.application.NotFoundException;
import io.payout.application.operator.port.OperatorActionPort;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
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
        trail.actions().forEach(a -> entries.add(HistoryEntry.of(a)));
        trail.events().forEach(e -> entries.add(HistoryEntry.of(e)));
        entries.sort(Comparator.comparing(HistoryEntry::at)); // stable: events keep their sequence
        return List.copyOf(entries);
    }
}
