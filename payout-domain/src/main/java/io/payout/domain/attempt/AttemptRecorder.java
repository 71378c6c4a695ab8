package io.payout.domain.attempt;

import io.payout.domain.AdditionalInfo;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.GatewayResponse;
import io.payout.domain.MethodId;
import io.payout.domain.OrderStatus;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Applies the engine's actions and the gateways' answers to an {@link OrderProgress}, and says when to look again.
 * Reading of answers: a success on an open transaction settles it; a failure on an open one fails it (and maybe
 * plans a retry); a failure after a success is a reversal (never retried); a success after a failure is a conflict
 * (counts as paid); pending and unknown keep it open, until it has been open too long, when it goes to review.
 */
public final class AttemptRecorder {
    private final AttemptRules rules;

    public AttemptRecorder(AttemptRules rules) {
        this.rules = rules;
    }

    /** An order the engine picks up is {@code FULFILLMENTS_SCHEDULED}. */
    public void pickUp(OrderProgress p) {
        if (p.order().status() == OrderStatus.READY_FOR_FULFILLMENT) {
            p.setOrderStatus(OrderStatus.FULFILLMENTS_SCHEDULED);
        }
    }

    /** A new transaction, {@code CREATED}: to be committed before the gateway hears of it. */
    public Transaction beginAttempt(OrderProgress p, FulfillmentId id, Step.Attempt attempt) {
        Fulfillment f = p.fulfillment(id);
        if (f.fulfillmentMethods().isEmpty()) {
            p.replace(f.withFulfillmentMethods(attempt.methods(), p.now()));
            f = p.fulfillment(id);
        }
        Transaction t = Transaction.created(id.transaction(f.transactions().size() + 1), attempt.method(), f.amount(), p.now());
        Transaction created = p.putTransaction(id, t, TransactionStatus.CREATED, null);
        p.setFulfillmentStatus(id, FulfillmentStatus.PENDING);
        return created;
    }

    public void failWithoutAttempt(OrderProgress p, FulfillmentId id) {
        p.setFulfillmentStatus(id, FulfillmentStatus.FAILURE);
    }

    /** Records what the gateway answered about {@code t}; {@code initiation} when it answered an initiation. */
    public NextWork record(OrderProgress p, FulfillmentId id, Transaction t, GatewayResult result, boolean initiation,
                           RetryPolicy policy) {
        if (result instanceof GatewayResult.Succeeded s) {
            return succeeded(p, id, t, new GatewayResponse(s.gatewayRefId(), null, null, null, s.rawResponse()));
        }
        if (result instanceof GatewayResult.Failed failed) {
            return failed(p, id, t, failed, policy);
        }
        if (result instanceof GatewayResult.Pending pending) {
            return stillOpen(p, id, t, TransactionStatus.PENDING, policy,
                    new GatewayResponse(pending.gatewayRefId(), null, null, null, pending.rawResponse()));
        }
        if (result instanceof GatewayResult.NotSent) {
            return notSent(t, p.now());
        }
        GatewayResult.Unknown unknown = (GatewayResult.Unknown) result;
        TransactionStatus status = initiation && t.status() == TransactionStatus.CREATED ? TransactionStatus.INITIATED : t.status();
        GatewayResponse known = t.gatewayResponse();
        return stillOpen(p, id, t, status, policy, new GatewayResponse(null, known.responseCode(),
                known.responseMessage(), unknown.reason(), unknown.rawResponse()));
    }

    /**
     * A call that never left this process changes nothing and is no look at the transaction: ask again soon (spread
     * by the reference over up to twice {@code firstPoll}, so that calls refused together do not all come back
     * together), whatever the pending limit or the settled watch say; the next real answer decides.
     */
    private NextWork notSent(Transaction t, Instant now) {
        long spread = Math.floorMod(t.transactionRef().value().hashCode(), 100);
        Duration firstPoll = rules.timings().firstPoll();
        return NextWork.at(now.plus(firstPoll).plus(firstPoll.multipliedBy(spread).dividedBy(100)));
    }

    private NextWork succeeded(OrderProgress p, FulfillmentId id, Transaction t, GatewayResponse response) {
        if (t.isOpen()) {
            Transaction paid = p.putTransaction(id, t, TransactionStatus.SUCCESS, response);
            p.setFulfillmentStatus(id, FulfillmentStatus.SUCCESS);
            return rules.watchOrRest(paid, p.now());
        }
        if (t.status() == TransactionStatus.FAILURE) {
            p.putTransaction(id, t, TransactionStatus.CONFLICTED, response);
            p.setFulfillmentStatus(id, FulfillmentStatus.SUCCESS);
            return NextWork.NONE;
        }
        return rules.watchOrRest(t, p.now());
    }

    private NextWork failed(OrderProgress p, FulfillmentId id, Transaction t, GatewayResult.Failed failure,
                            RetryPolicy policy) {
        GatewayResponse response = new GatewayResponse(null, failure.responseCode(), failure.message(),
                failure.category() == null ? null : failure.category().name(), failure.rawResponse());
        if (t.status() == TransactionStatus.SUCCESS) {
            p.putTransaction(id, t, TransactionStatus.REVERSED, response);
            p.setFulfillmentStatus(id, FulfillmentStatus.FAILURE);
            return NextWork.NONE;
        }
        if (!t.isOpen()) {
            return rules.watchOrRest(t, p.now());
        }
        Transaction failedTxn = p.putTransaction(id, t, TransactionStatus.FAILURE, response);
        MethodId retry = retryMethod(p.fulfillment(id), failedTxn, failure, policy, p.now());
        if (retry == null) {
            p.setFulfillmentStatus(id, FulfillmentStatus.FAILURE);
            return rules.watchOrRest(failedTxn, p.now());
        }
        p.setFulfillmentStatus(id, FulfillmentStatus.PENDING);
        int attempts = p.fulfillment(id).transactions().size();
        return new NextWork(p.now().plus(policy.backoff().delay(attempts)), retry);
    }

    private MethodId retryMethod(Fulfillment f, Transaction t, GatewayResult.Failed failure, RetryPolicy policy,
                                 Instant now) {
        AdditionalInfo info = f.additionalInfo();
        RetryAction action = Boolean.FALSE.equals(info.isRetriable()) ? RetryAction.STOP : policy.actionFor(failure);
        if (action == RetryAction.STOP || f.transactions().size() >= policy.maxAttempts()
                || !now.isBefore(rules.windowEnd(f, policy))) {
            return null;
        }
        if (action == RetryAction.RETRY_SAME_METHOD) {
            return t.method();
        }
        List<MethodId> methods = f.fulfillmentMethods();
        int next = methods.indexOf(t.method()) + 1;
        return next > 0 && next < methods.size() ? methods.get(next) : null;
    }

    private NextWork stillOpen(OrderProgress p, FulfillmentId id, Transaction t, TransactionStatus status,
                               RetryPolicy policy, GatewayResponse response) {
        if (!t.isOpen()) {
            return rules.watchUntilAnswered(t, p.now());
        }
        Fulfillment f = p.fulfillment(id);
        Duration age = Duration.between(t.createdAt(), p.now());
        boolean overdue = t.status() == TransactionStatus.MANUAL_REVIEW || !p.now().isBefore(rules.windowEnd(f, policy))
                || age.compareTo(policy.pendingLimit()) >= 0;
        if (overdue) {
            p.putTransaction(id, t, TransactionStatus.MANUAL_REVIEW, response);
            p.setFulfillmentStatus(id, FulfillmentStatus.MANUAL_REVIEW);
            return NextWork.at(p.now().plus(rules.timings().reviewPoll()));
        }
        p.putTransaction(id, t, status, response);
        return NextWork.at(p.now().plus(rules.timings().pollDelay(age)));
    }
}
