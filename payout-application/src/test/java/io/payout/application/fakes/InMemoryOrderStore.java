package io.payout.application.fakes;

import io.payout.application.callback.CallbackRecord;
import io.payout.application.callback.DeliveryOutcome;
import io.payout.application.callback.NewCallback;
import io.payout.application.callback.PendingCallback;
import io.payout.application.callback.port.CallbackOutboxPort;
import io.payout.application.collection.port.CollectionWorkPort;
import io.payout.application.engine.port.HurryPort;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.OrderWorkPort;
import io.payout.application.operator.OperatorAction;
import io.payout.application.operator.OperatorLogEntry;
import io.payout.application.operator.port.LoadOperatorLogPort;
import io.payout.application.operator.port.OperatorActionPort;
import io.payout.application.operator.port.RoutingPausePort;
import io.payout.application.operator.port.RetryFulfillmentPort;
import io.payout.application.order.OrderFilter;
import io.payout.application.order.OrderPosition;
import io.payout.application.order.port.ListOrdersPort;
import io.payout.application.order.port.LoadOrderPort;
import io.payout.application.order.port.SaveOrderPort;
import io.payout.domain.FulfillmentId;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.OrderStatus;
import io.payout.domain.OrderType;
import io.payout.domain.TransactionRef;
import io.payout.domain.TransactionStatus;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.OrderStatusRule;
import io.payout.domain.attempt.RetryPolicy;
import io.payout.domain.attempt.StatusEvent;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.Refund;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Orders in memory, for use-case, engine and resource tests. Behaves as the persistence contracts say: orders
 * with their fingerprint and retry policy, each fulfillment's next work (due at creation if the order is
 * {@code READY_FOR_FULFILLMENT}, else not), a claim (lease) and a version per order, the order's status events
 * numbered on, and the callbacks written with them, delivered through {@link CallbackOutboxPort} (see
 * {@link InMemoryOutbox}); Pay and Fulfill orders' payments and refunds through {@link CollectionWorkPort} (see
 * {@link InMemoryCollections}), their callbacks numbered on in the order's outbox. Every method holds the store's
 * lock, as one database transaction would.
 */
public class InMemoryOrderStore
        implements LoadOrderPort, ListOrdersPort, SaveOrderPort, OrderWorkPort, CallbackOutboxPort, CollectionWorkPort,
        OperatorActionPort, RetryFulfillmentPort, RoutingPausePort, LoadOperatorLogPort, HurryPort {
    private record Key(MerchantId merchantId, MerchantOrderId merchantOrderId) {
    }

    /** A stored event with its sequence number within its order. */
    public record NumberedEvent(long seq, StatusEvent event) {
    }

    private static final class Stored {
        Order order;
        final String fingerprint;
        final RetryPolicy retryPolicy;
        Map<FulfillmentId, NextWork> work;
        long version;
        Lease lease = Lease.RELEASE;
        final List<NumberedEvent> events = new ArrayList<>();
        final List<NewCallback> callbacks = new ArrayList<>();
        final List<OperatorAction> actions = new ArrayList<>();

        Stored(Order order, String fingerprint, RetryPolicy retryPolicy, Map<FulfillmentId, NextWork> work) {
            this.order = order;
            this.fingerprint = fingerprint;
            this.retryPolicy = retryPolicy;
            this.work = work;
        }

        OrderWork snapshot() {
            return new OrderWork(order, retryPolicy, work, version);
        }

        boolean claimedAt(Instant now) {
            return !lease.released() && lease.until().isAfter(now);
        }

        Optional<Instant> earliestDue() {
            return work.values().stream().map(NextWork::dueAt).filter(Objects::nonNull).min(Comparator.naturalOrder());
        }
    }

    private final InMemoryCollections collections = new InMemoryCollections();
    private final Map<Key, Stored> orders = new LinkedHashMap<>();
    private final Map<OrderId, Stored> byId = new HashMap<>();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final List<OperatorLogEntry> operatorLog = new ArrayList<>();
    private final Set<String> pausedNames = new java.util.HashSet<>();

    @Override
    public synchronized Optional<Order> findOrder(MerchantId merchantId, MerchantOrderId merchantOrderId) {
        return Optional.ofNullable(orders.get(new Key(merchantId, merchantOrderId))).map(s -> s.order);
    }

    @Override
    public synchronized List<Order> listOrders(MerchantId merchantId, OrderFilter filter, OrderPosition after,
                                               int max) {
        return orders.values().stream()
                .map(s -> s.order)
                .filter(o -> o.merchantId().equals(merchantId) && filter.matches(o))
                .filter(o -> after == null || after.isFollowedBy(OrderPosition.of(o)))
                .sorted(Comparator.comparing(OrderPosition::of))
                .limit(max)
                .toList();
    }

    @Override
    public synchronized Optional<String> findCreateFingerprint(MerchantId merchantId, MerchantOrderId merchantOrderId) {
        return Optional.ofNullable(orders.get(new Key(merchantId, merchantOrderId))).map(s -> s.fingerprint);
    }

    @Override
    public boolean insertNewOrder(Order order, String requestFingerprint, RetryPolicy retryPolicy) {
        return insertNewOrder(order, requestFingerprint, retryPolicy, null, null);
    }

    @Override
    public synchronized boolean insertNewOrder(Order order, String requestFingerprint, RetryPolicy retryPolicy,
                                               Payment payment, Instant paymentDueAt) {
        Key key = new Key(order.merchantId(), order.merchantOrderId());
        if (orders.containsKey(key) || byId.containsKey(order.id())) {
            return false;
        }
        if (payment != null && !(payment.orderId().equals(order.id()) && collections.canInsert(payment))) {
            throw new IllegalArgumentException("payment " + payment.providerOrderId() + " cannot be inserted");
        }
        Map<FulfillmentId, NextWork> work = new HashMap<>();
        if (order.status() == OrderStatus.READY_FOR_FULFILLMENT) {
            order.fulfillments().forEach(f -> work.put(f.id(), NextWork.at(order.createdAt())));
        }
        if (payment != null) {
            collections.insertPayment(payment, paymentDueAt);
        }
        Stored stored = new Stored(order, requestFingerprint, retryPolicy, Map.copyOf(work));
        orders.put(key, stored);
        byId.put(order.id(), stored);
        return true;
    }

    @Override
    public synchronized List<OrderWork> claimDueOrders(String owner, Instant now, Instant leaseUntil, int limit) {
        Objects.requireNonNull(owner, "owner");
        List<Stored> due = orders.values().stream()
                .filter(s -> !s.claimedAt(now))
                .filter(s -> s.earliestDue().filter(at -> !at.isAfter(now)).isPresent())
                .sorted(Comparator.comparing(s -> s.earliestDue().orElseThrow()))
                .limit(limit)
                .toList();
        List<OrderWork> claimed = new ArrayList<>(due.size());
        for (Stored s : due) {
            s.version++;
            s.lease = new Lease(owner, leaseUntil);
            claimed.add(s.snapshot());
        }
        return claimed;
    }

    @Override
    public synchronized Optional<OrderWork> findByFulfillment(MerchantId merchantId, FulfillmentId fulfillmentId) {
        Stored s = byId.get(fulfillmentId.orderId());
        if (s == null || !s.order.merchantId().equals(merchantId)
                || s.order.fulfillments().stream().noneMatch(f -> f.id().equals(fulfillmentId))) {
            return Optional.empty();
        }
        return Optional.of(s.snapshot());
    }

    @Override
    public synchronized long saveProgress(OrderWork before, Order after, List<StatusEvent> events,
                                          List<NewCallback> callbacks, Map<FulfillmentId, NextWork> work,
                                          Lease lease) {
        Stored s = byId.get(before.order().id());
        if (s == null || s.version != before.version()) {
            return -1;
        }
        if (!after.id().equals(s.order.id())) {
            throw new IllegalArgumentException("saveProgress of order " + after.id() + " over " + s.order.id());
        }
        s.order = after;
        long seq = s.events.isEmpty() ? 0 : s.events.get(s.events.size() - 1).seq();
        for (StatusEvent event : events) {
            s.events.add(new NumberedEvent(++seq, event));
        }
        appendCallbacks(s, callbacks);
        s.work = Map.copyOf(work);
        s.lease = lease == null ? Lease.RELEASE : lease;
        s.version++;
        if (makesRefundCheckDue(before.order(), after)) {
            collections.markRefundCheckDue(after.id());
        }
        return s.version;
    }

    /** As the database does: fulfillments of open or successful transactions with these references become due. */
    @Override
    public synchronized int makeDueNow(List<TransactionRef> transactionRefs, Instant now) {
        Set<TransactionStatus> changing = Set.of(TransactionStatus.CREATED, TransactionStatus.INITIATED,
                TransactionStatus.PENDING, TransactionStatus.MANUAL_REVIEW, TransactionStatus.SUCCESS);
        int moved = 0;
        for (Stored s : orders.values()) {
            Map<FulfillmentId, NextWork> work = new HashMap<>(s.work);
            for (var f : s.order.fulfillments()) {
                boolean hurried = f.transactions().stream().anyMatch(t -> transactionRefs.contains(t.transactionRef())
                        && changing.contains(t.status()));
                NextWork current = work.getOrDefault(f.id(), NextWork.NONE);
                if (hurried && (current.dueAt() == null || current.dueAt().isAfter(now))) {
                    work.put(f.id(), new NextWork(now, current.retryMethod()));
                    moved++;
                }
            }
            s.work = Map.copyOf(work);
        }
        return moved;
    }

    /** {@link #saveProgress} releasing the lease, and the audit row with it (nothing at all when stale). */
    @Override
    public synchronized long saveProgressWithAction(OrderWork before, Order after, List<StatusEvent> events,
                                                    List<NewCallback> callbacks, Map<FulfillmentId, NextWork> work,
                                                    OperatorAction action) {
        if (!action.merchantId().equals(after.merchantId()) || !action.orderId().equals(after.id())) {
            throw new IllegalArgumentException("action on order " + action.orderId() + " saved with " + after.id());
        }
        long version = saveProgress(before, after, events, callbacks, work, Lease.RELEASE);
        if (version >= 0) {
            byId.get(after.id()).actions.add(action);
        }
        return version;
    }

    /**
     * {@link #saveProgressWithAction} unless stale, claimed at {@code now} or refunded; the payment's refund check
     * cleared with it.
     */
    @Override
    public synchronized Outcome saveRetry(OrderWork before, Order after, List<StatusEvent> events,
                                          List<NewCallback> callbacks, Map<FulfillmentId, NextWork> work,
                                          OperatorAction action, Instant now) {
        Stored s = byId.get(before.order().id());
        if (s == null || s.version != before.version()) {
            return Outcome.STALE;
        }
        if (s.claimedAt(now)) {
            return Outcome.CLAIMED;
        }
        if (!collections.refundsOf(after.merchantId(), after.id()).isEmpty()) {
            return Outcome.REFUNDED;
        }
        if (saveProgressWithAction(before, after, events, callbacks, work, action) < 0) {
            return Outcome.STALE;
        }
        collections.payment(after.merchantId(), after.id()).ifPresent(collections::clearRefundCheck);
        return Outcome.SAVED;
    }

    @Override
    public synchronized Optional<OrderTrail> loadTrail(MerchantId merchantId, MerchantOrderId merchantOrderId) {
        return Optional.ofNullable(orders.get(new Key(merchantId, merchantOrderId)))
                .map(s -> new OrderTrail(s.order.id(), s.events.stream().map(NumberedEvent::event).toList(),
                        s.actions));
    }

    @Override
    public synchronized List<Payment> claimDuePayments(Instant now, Instant leaseUntil, int limit) {
        return collections.claimDuePayments(now, leaseUntil, limit);
    }

    @Override
    public synchronized void savePayment(Payment payment, Instant nextDueAt) {
        collections.savePayment(payment, nextDueAt);
    }

    /** The order as {@link #saveProgress} writes it, then the payment (no longer due). */
    @Override
    public synchronized long savePaymentAndOrder(Payment payment, OrderWork before, Order after,
                                                 List<StatusEvent> events, List<NewCallback> callbacks,
                                                 Map<FulfillmentId, NextWork> work) {
        if (!payment.orderId().equals(after.id())) {
            throw new IllegalArgumentException("payment of order " + payment.orderId() + " with order " + after.id());
        }
        Stored s = byId.get(before.order().id());
        if (s == null || s.version != before.version()) {
            return -1;
        }
        collections.requirePayment(payment);
        if (collections.payment(payment.merchantId(), payment.orderId()).orElseThrow().status().isFinal()) {
            return -1;
        }
        long version = saveProgress(before, after, events, callbacks, work, Lease.RELEASE);
        collections.savePayment(payment, null);
        boolean chargedForFinalOrder = payment.status() == io.payout.domain.collection.PaymentStatus.CHARGED
                && io.payout.domain.attempt.OrderStatusRule.isTerminal(after.status());
        if (chargedForFinalOrder || makesRefundCheckDue(before.order(), after)) {
            collections.markRefundCheckDue(after.id());
        }
        return version;
    }

    @Override
    public synchronized Optional<Payment> findPayment(MerchantId merchantId, OrderId orderId) {
        return collections.payment(merchantId, orderId);
    }

    @Override
    public synchronized boolean makePaymentDueNow(String provider, String providerOrderId, Instant now) {
        return collections.makePaymentDueNow(provider, providerOrderId, now);
    }

    @Override
    public synchronized List<RefundCandidate> findRefundCandidates(int limit) {
        return collections.refundCheckDue(limit).stream()
                .map(p -> new RefundCandidate(p, byId.get(p.orderId()).snapshot(),
                        collections.refundsOf(p.merchantId(), p.orderId())))
                .toList();
    }

    @Override
    public synchronized boolean decideRefund(Payment payment, Refund refund, List<NewCallback> callbacks,
                                             Instant now) {
        if (refund != null && !refund.orderId().equals(payment.orderId())) {
            throw new IllegalArgumentException("refund " + refund.id() + " of payment of order " + payment.orderId());
        }
        if (!collections.clearRefundCheck(payment)) {
            return false;
        }
        if (refund != null) {
            collections.insertRefund(refund, now);
        }
        appendCallbacks(byId.get(payment.orderId()), callbacks);
        return true;
    }

    @Override
    public synchronized List<Refund> claimDueRefunds(Instant now, Instant leaseUntil, int limit) {
        return collections.claimDueRefunds(now, leaseUntil, limit);
    }

    @Override
    public synchronized void saveRefund(Refund refund, Instant nextDueAt, List<NewCallback> callbacks) {
        collections.requireRefund(refund);
        if (collections.saveRefund(refund, nextDueAt)) {
            appendCallbacks(byId.get(refund.orderId()), callbacks);
        }
    }

    @Override
    public synchronized List<Refund> refundsOf(MerchantId merchantId, OrderId orderId) {
        return collections.refundsOf(merchantId, orderId);
    }

    @Override
    public synchronized List<PendingCallback> claimDue(Instant now, Instant leaseUntil, int limit,
                                                       Set<String> busyUrls) {
        return outbox.claimDue(now, leaseUntil, limit, busyUrls);
    }

    @Override
    public synchronized void record(List<DeliveryOutcome> outcomes) {
        outbox.record(outcomes);
    }

    @Override
    public synchronized void release(List<String> callbackIds, Instant dueAt) {
        outbox.release(callbackIds, dueAt);
    }

    @Override
    public synchronized List<CallbackRecord> findByOrder(MerchantId merchantId, OrderId orderId) {
        return outbox.findByOrder(merchantId, orderId);
    }

    @Override
    public synchronized Optional<CallbackRecord> find(MerchantId merchantId, String callbackId) {
        return outbox.find(merchantId, callbackId);
    }

    @Override
    public synchronized boolean redeliver(MerchantId merchantId, String callbackId, Instant now, int retryStep) {
        return outbox.redeliver(merchantId, callbackId, now, retryStep);
    }

    @Override
    public synchronized int redeliverFailed(MerchantId merchantId, Instant from, Instant to, Instant now,
                                            int retryStep, OperatorLogEntry audit) {
        List<OrderId> keys = outbox.redeliverFailed(merchantId, from, to, now, retryStep);
        keys.stream().distinct().map(byId::get).filter(Objects::nonNull)
                .forEach(s -> s.actions.add(audit.onOrder(s.order.id())));
        operatorLog.add(audit);
        return keys.size();
    }

    @Override
    public synchronized boolean savePause(String name, boolean paused, OperatorLogEntry entry) {
        boolean changed = paused ? pausedNames.add(name) : pausedNames.remove(name);
        if (changed) {
            operatorLog.add(entry);
        }
        return changed;
    }

    @Override
    public synchronized Set<String> pausedNames() {
        return Set.copyOf(pausedNames);
    }

    @Override
    public synchronized List<OperatorLogEntry> loadLog(Instant from, Instant to, int limit) {
        return operatorLog.stream().filter(e -> !e.at().isBefore(from) && e.at().isBefore(to))
                .sorted(java.util.Comparator.comparing(OperatorLogEntry::at)).limit(limit).toList();
    }

    /** The callbacks written with the order's progress, oldest first (as written; see the outbox for their state). */
    public synchronized List<NewCallback> callbacks(MerchantId merchantId, OrderId orderId) {
        return stored(merchantId, orderId).map(s -> List.copyOf(s.callbacks)).orElse(List.of());
    }

    /** The order's status events, oldest first. */
    public synchronized List<StatusEvent> events(MerchantId merchantId, OrderId orderId) {
        return numberedEvents(merchantId, orderId).stream().map(NumberedEvent::event).toList();
    }

    /** The order's status events with their sequence numbers, oldest first. */
    public synchronized List<NumberedEvent> numberedEvents(MerchantId merchantId, OrderId orderId) {
        return stored(merchantId, orderId).map(s -> List.copyOf(s.events)).orElse(List.of());
    }

    /** The order as stored now, with its work and version (no claim), if this merchant has it. */
    public synchronized Optional<OrderWork> work(MerchantId merchantId, OrderId orderId) {
        return stored(merchantId, orderId).map(Stored::snapshot);
    }

    /** The order's claim as stored ({@link Lease#RELEASE} when none was ever taken or it was released). */
    public synchronized Optional<Lease> lease(MerchantId merchantId, OrderId orderId) {
        return stored(merchantId, orderId).map(s -> s.lease);
    }

    /** The retry policy stored with the order (empty: none of its own). */
    public synchronized Optional<RetryPolicy> retryPolicy(MerchantId merchantId, OrderId orderId) {
        return stored(merchantId, orderId).map(s -> s.retryPolicy);
    }

    public synchronized int size() {
        return orders.size();
    }

    /**
     * Writes callbacks that belong to no order into the outbox under {@code key} (a beneficiary's uniqueId), numbered
     * on from {@code lastSeq}: for {@link InMemoryBeneficiaryStore}, which shares this outbox.
     */
    synchronized void appendKeyedCallbacks(MerchantId merchantId, OrderId key, long lastSeq,
                                           List<NewCallback> callbacks) {
        outbox.add(merchantId, key, lastSeq, callbacks);
    }

    /** Writes the callbacks into the outbox, numbered on from the order's last callback. */
    private void appendCallbacks(Stored s, List<NewCallback> callbacks) {
        outbox.add(s.order.merchantId(), s.order.id(), s.callbacks.size(), callbacks);
        s.callbacks.addAll(callbacks);
    }

    /** Whether a save takes a Pay and Fulfill order to a final status it did not have. */
    private static boolean makesRefundCheckDue(Order before, Order after) {
        return after.type() == OrderType.PAY_AND_FULFILL && OrderStatusRule.isTerminal(after.status())
                && after.status() != before.status();
    }

    private Optional<Stored> stored(MerchantId merchantId, OrderId orderId) {
        return Optional.ofNullable(byId.get(orderId)).filter(s -> s.order.merchantId().equals(merchantId));
    }
}
