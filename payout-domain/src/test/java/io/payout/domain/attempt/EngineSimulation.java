package io.payout.domain.attempt;

import io.payout.domain.AdditionalInfo;
import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.NewFulfillment;
import io.payout.domain.Order;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import io.payout.domain.Udfs;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link GatewayScript} through the domain's real rules the way the engine's stepper does: at each event it
 * asks {@link AttemptRules} for the fulfillment's step, makes the attempt or inquiry with {@link AttemptRecorder}
 * (which applies the retry policy and, through {@link OrderProgress}, {@link OrderStatusRule}), and keeps each
 * fulfillment's {@link NextWork}. A retry is only made once its backoff has passed, as the engine's due times do.
 */
final class EngineSimulation {
    static final Instant START = Instant.parse("2024-05-01T10:00:00Z");
    private static final List<MethodId> METHODS = List.of(new MethodId("DUMMY_IMPS"), new MethodId("DUMMY_NEFT"),
            new MethodId("OTHER_RTGS"));

    private final GatewayScript script;
    private final AttemptRules rules;
    private final AttemptRecorder recorder;
    private final Map<FulfillmentId, NextWork> work = new HashMap<>();
    private Order order;
    private Instant now = START;

    EngineSimulation(GatewayScript script) {
        this.script = script;
        this.rules = new AttemptRules(script.timings());
        this.recorder = new AttemptRecorder(rules);
        List<NewFulfillment> requested = script.fulfillments().stream().map(EngineSimulation::requested).toList();
        Money sum = requested.stream().map(NewFulfillment::amount).reduce(Money.ZERO, Money::plus);
        this.order = Order.acceptFulfillOnly(Fixtures.ORDER_ID, new MerchantId("acme"), new MerchantOrderId("ord-1"),
                sum, new Customer(new CustomerId("cust-1"), null, null), Udfs.NONE, requested, START);
    }

    private static NewFulfillment requested(GatewayScript.Fulfillment f) {
        return new NewFulfillment(f.amount(), new BankAccountBeneficiary("Asha Rao", "026291800001191", "YESB0000262"),
                List.of(), Udfs.NONE, new AdditionalInfo(null, null, null, f.attemptThreshold(), f.isRetriable(), null));
    }

    Order order() {
        return order;
    }

    Instant now() {
        return now;
    }

    /** Applies one event; returns the progress it made (its events included). */
    OrderProgress apply(GatewayScript.Event event) {
        now = now.plus(event.after());
        Fulfillment f = order.fulfillments().get(event.fulfillment() % order.fulfillments().size());
        OrderProgress p = new OrderProgress(order, now);
        if (event.answer() == GatewayScript.Answer.CANCEL) {
            cancel(p, f);
        } else {
            step(p, f.id(), event);
        }
        order = p.order();
        return p;
    }

    /** What {@code CancelFulfillmentService} allows: a fulfillment still {@code CREATED}, without a transaction. */
    private void cancel(OrderProgress p, Fulfillment f) {
        if (f.status() == FulfillmentStatus.CREATED && f.transactions().isEmpty()) {
            p.setFulfillmentStatus(f.id(), FulfillmentStatus.CANCELLED);
            work.put(f.id(), NextWork.NONE);
        }
    }

    private void step(OrderProgress p, FulfillmentId id, GatewayScript.Event event) {
        recorder.pickUp(p);
        NextWork due = work.getOrDefault(id, NextWork.at(START));
        List<MethodId> candidates = METHODS.subList(0, script.methodCount());
        Step step = rules.nextStep(p.fulfillment(id), script.policy(), due, candidates, now);
        if (step instanceof Step.Attempt attempt) {
            if (due.retryMethod() != null && due.dueAt() != null && now.isBefore(due.dueAt())) {
                return;
            }
            Transaction t = recorder.beginAttempt(p, id, attempt);
            if (event.answer() == GatewayScript.Answer.CRASH_BEFORE_ANSWER) {
                work.put(id, NextWork.at(now));
                return;
            }
            work.put(id, recorder.record(p, id, t, event.result(), true, script.policy()));
        } else if (step instanceof Step.Inquire inquire) {
            Transaction t = inquire.transaction();
            boolean resent = event.answer() == GatewayScript.Answer.NOT_FOUND
                    && (t.status() == TransactionStatus.CREATED || t.status() == TransactionStatus.INITIATED);
            work.put(id, recorder.record(p, id, t, event.result(), resent, script.policy()));
        } else if (step instanceof Step.Fail) {
            recorder.failWithoutAttempt(p, id);
            work.put(id, NextWork.NONE);
        }
    }
}
