package io.payout.adapters.persistence;

import io.payout.application.engine.port.OrderWork;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.Order;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionId;
import io.payout.domain.attempt.NextWork;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows a save writes, found by comparing the order as loaded ({@code before}, which the version check proves
 * is what is stored) with the order after the engine's step. A fulfillment is written when its row changed, when it
 * is in the new work map, or when its next work changed (one left out of the map has none). Transactions missing
 * from {@code before} are inserted; those whose row changed are updated.
 */
record ProgressChanges(List<FulfillmentProgressRow> fulfillments, List<TransactionRow> newTransactions,
                       List<TransactionRow> changedTransactions) {

    static ProgressChanges between(OrderWork before, Order after, Map<FulfillmentId, NextWork> work) {
        Order old = before.order();
        if (!old.id().equals(after.id()) || !old.merchantId().equals(after.merchantId())
                || old.fulfillments().size() != after.fulfillments().size()) {
            throw new IllegalArgumentException("order " + after.id() + " is not a later state of order " + old.id());
        }
        List<FulfillmentProgressRow> fulfillments = new ArrayList<>();
        List<TransactionRow> added = new ArrayList<>();
        List<TransactionRow> changed = new ArrayList<>();
        for (int i = 0; i < after.fulfillments().size(); i++) {
            int seq = i + 1;
            Fulfillment was = old.fulfillments().get(i);
            Fulfillment is = after.fulfillments().get(i);
            if (!was.id().equals(is.id())) {
                throw new IllegalArgumentException("fulfillment " + is.id() + " is not at position " + seq);
            }
            FulfillmentRow row = FulfillmentRow.of(after, seq, is);
            NextWork next = work.getOrDefault(is.id(), NextWork.NONE);
            if (work.containsKey(is.id()) || !next.equals(before.workOf(is.id()))
                    || !row.equals(FulfillmentRow.of(old, seq, was))) {
                fulfillments.add(FulfillmentProgressRow.of(row, next));
            }
            compareTransactions(after, was, is, added, changed);
        }
        return new ProgressChanges(List.copyOf(fulfillments), List.copyOf(added), List.copyOf(changed));
    }

    private static void compareTransactions(Order after, Fulfillment was, Fulfillment is, List<TransactionRow> added,
                                            List<TransactionRow> changed) {
        Map<TransactionId, TransactionRow> stored = new HashMap<>();
        for (int i = 0; i < was.transactions().size(); i++) {
            Transaction t = was.transactions().get(i);
            stored.put(t.id(), TransactionRow.of(after, was, i + 1, t));
        }
        for (int i = 0; i < is.transactions().size(); i++) {
            Transaction t = is.transactions().get(i);
            TransactionRow row = TransactionRow.of(after, is, i + 1, t);
            TransactionRow storedRow = stored.get(t.id());
            if (storedRow == null) {
                added.add(row);
            } else if (!row.equals(storedRow)) {
                changed.add(row);
            }
        }
    }
}
