package io.payout.domain.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What must hold of an order after every step, whatever the gateways said, written from docs/engine.md and
 * docs/retry-policy.md rather than from the code that makes it hold.
 */
final class PayoutLaws {
    private static final Map<TransactionStatus, Set<TransactionStatus>> TRANSACTION_MOVES = Map.of(
            TransactionStatus.CREATED, EnumSet.of(TransactionStatus.INITIATED, TransactionStatus.PENDING,
                    TransactionStatus.SUCCESS, TransactionStatus.FAILURE, TransactionStatus.MANUAL_REVIEW),
            TransactionStatus.INITIATED, EnumSet.of(TransactionStatus.PENDING, TransactionStatus.SUCCESS,
                    TransactionStatus.FAILURE, TransactionStatus.MANUAL_REVIEW),
            TransactionStatus.PENDING, EnumSet.of(TransactionStatus.SUCCESS, TransactionStatus.FAILURE,
                    TransactionStatus.MANUAL_REVIEW),
            TransactionStatus.MANUAL_REVIEW, EnumSet.of(TransactionStatus.SUCCESS, TransactionStatus.FAILURE),
            TransactionStatus.SUCCESS, EnumSet.of(TransactionStatus.REVERSED),
            TransactionStatus.FAILURE, EnumSet.of(TransactionStatus.CONFLICTED),
            TransactionStatus.REVERSED, EnumSet.noneOf(TransactionStatus.class),
            TransactionStatus.CONFLICTED, EnumSet.noneOf(TransactionStatus.class));

    private PayoutLaws() {
    }

    /** Checks {@code after} (made from {@code before} by {@code progress}) under {@code script}. */
    static void check(Order before, OrderProgress progress, GatewayScript script) {
        Order after = progress.order();
        assertThat(after.fulfillments()).hasSameSizeAs(before.fulfillments());
        Money paidInAll = Money.ZERO;
        for (int i = 0; i < after.fulfillments().size(); i++) {
            Fulfillment was = before.fulfillments().get(i);
            Fulfillment f = after.fulfillments().get(i);
            checkTransactions(was, f, progress);
            checkAttempts(f, script);
            Money paid = paid(f);
            assertThat(paid).as("paid on %s", f.id()).isIn(Money.ZERO, f.amount());
            assertThat(f.status() == FulfillmentStatus.SUCCESS).as("%s is SUCCESS exactly when paid", f.id())
                    .isEqualTo(paid.equals(f.amount()));
            paidInAll = paidInAll.plus(paid);
        }
        assertThat(paidInAll.isGreaterThan(after.amount())).as("paid %s of %s", paidInAll, after.amount()).isFalse();
        assertThat(after.status()).isIn(expectedOrderStatuses(after));
    }

    /** What a fulfillment has paid out: a reversed payout counts as not paid, a conflicted failure as paid. */
    static Money paid(Fulfillment f) {
        return f.transactions().stream().filter(Transaction::isPaid).map(Transaction::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    private static void checkTransactions(Fulfillment was, Fulfillment f, OrderProgress progress) {
        List<Transaction> txns = f.transactions();
        assertThat(txns.size()).as("transactions are never removed").isGreaterThanOrEqualTo(was.transactions().size());
        assertThat(txns.size() - was.transactions().size()).as("at most one attempt per step").isLessThanOrEqualTo(1);
        Set<Object> refs = new HashSet<>();
        for (int j = 0; j < txns.size(); j++) {
            Transaction t = txns.get(j);
            assertThat(refs.add(t.transactionRef())).as("reference %s used twice", t.transactionRef()).isTrue();
            assertThat(t.amount()).as("%s carries the fulfillment's amount", t.id()).isEqualTo(f.amount());
            if (j < txns.size() - 1) {
                assertThat(t.isOpen()).as("%s is open but not the latest", t.id()).isFalse();
            }
            if (j < was.transactions().size()) {
                Transaction old = was.transactions().get(j);
                assertThat(t.id()).isEqualTo(old.id());
                assertThat(t.transactionRef()).isEqualTo(old.transactionRef());
                if (t.status() != old.status()) {
                    assertThat(TRANSACTION_MOVES.get(old.status())).as("%s: %s -> %s", t.id(), old.status(), t.status())
                            .contains(t.status());
                }
            } else {
                checkNewAttempt(was, t, progress);
            }
        }
    }

    /** A new attempt comes only after a certain failure, and is committed CREATED before the gateway hears of it. */
    private static void checkNewAttempt(Fulfillment was, Transaction t, OrderProgress progress) {
        Optional<Transaction> previous = was.latestTransaction();
        previous.ifPresent(p -> assertThat(p.status()).as("new attempt %s after %s", t.id(), p.status())
                .isEqualTo(TransactionStatus.FAILURE));
        assertThat(was.status()).as("new attempt on a %s fulfillment", was.status())
                .isIn(FulfillmentStatus.CREATED, FulfillmentStatus.PENDING);
        Optional<StatusEvent> first = progress.events().stream()
                .filter(e -> e.label() == EventLabel.FULFILLMENT_TXN && e.entityId().equals(t.id().value())).findFirst();
        assertThat(first).map(StatusEvent::value).contains(TransactionStatus.CREATED.name());
    }

    private static void checkAttempts(Fulfillment f, GatewayScript script) {
        int allowed = Boolean.FALSE.equals(f.additionalInfo().isRetriable()) ? 1 : script.policy().maxAttempts();
        assertThat(f.transactions().size()).as("attempts of %s", f.id()).isLessThanOrEqualTo(allowed);
        assertThat(f.transactions().stream().filter(Transaction::isPaid).count()).isLessThanOrEqualTo(1);
    }

    /**
     * docs/engine.md, "Order status". While work is left, the order is {@code FULFILLMENTS_SCHEDULED} once picked up
     * (any attempt made or failed), and may still be {@code READY_FOR_FULFILLMENT} before that.
     */
    static Set<OrderStatus> expectedOrderStatuses(Order order) {
        List<FulfillmentStatus> s = order.fulfillments().stream().map(Fulfillment::status).toList();
        if (s.contains(FulfillmentStatus.MANUAL_REVIEW)) {
            return EnumSet.of(OrderStatus.FULFILLMENTS_MANUAL_REVIEW);
        }
        if (s.contains(FulfillmentStatus.CREATED) || s.contains(FulfillmentStatus.PENDING)) {
            boolean pickedUp = order.fulfillments().stream().anyMatch(f -> !f.transactions().isEmpty()
                    || f.status() != FulfillmentStatus.CREATED && f.status() != FulfillmentStatus.CANCELLED);
            return pickedUp ? EnumSet.of(OrderStatus.FULFILLMENTS_SCHEDULED)
                    : EnumSet.of(OrderStatus.READY_FOR_FULFILLMENT, OrderStatus.FULFILLMENTS_SCHEDULED);
        }
        if (s.stream().allMatch(x -> x == FulfillmentStatus.SUCCESS)) {
            return EnumSet.of(OrderStatus.FULFILLMENTS_SUCCESSFUL);
        }
        if (s.stream().allMatch(x -> x == FulfillmentStatus.CANCELLED)) {
            return EnumSet.of(OrderStatus.FULFILLMENTS_CANCELLED);
        }
        return EnumSet.of(s.contains(FulfillmentStatus.SUCCESS) ? OrderStatus.FULFILLED_PARTIALLY
                : OrderStatus.FULFILLMENTS_FAILURE);
    }
}
