package io.payout.application.engine;

import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.PayoutGatewayPort;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.MethodId;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import io.payout.domain.attempt.AttemptRecorder;
import io.payout.domain.attempt.AttemptRules;
import io.payout.domain.attempt.GatewayResult;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.OrderProgress;
import io.payout.domain.attempt.RetryPolicy;
import io.payout.domain.attempt.Step;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves one claimed order on. First every due fulfillment's step is decided; new transactions are committed
 * ({@code CREATED}) before any gateway hears of them; then the gateways are called, outside any database
 * transaction; then the answers are committed with the next due times, and the claim is released. If the claim
 * was lost in between (another writer moved the version on), nothing more is done: whoever holds the order now
 * finds the open transactions and inquires them.
 */
public class OrderStepper {
    private static final Logger LOG = Logger.getLogger(OrderStepper.class.getName());

    private record Call(FulfillmentId fulfillmentId, Transaction transaction, boolean initiate) {
    }

    private final ProgressSaver saver;
    private final PayoutGatewayPort gateways;
    private final MethodRouter router;
    private final RetryPolicies policies;
    private final AttemptRules rules;
    private final AttemptRecorder recorder;
    private final EngineSettings settings;
    private final Clock clock;

    public OrderStepper(ProgressSaver saver, PayoutGatewayPort gateways, MethodRouter router,
                        RetryPolicies policies, AttemptRules rules, EngineSettings settings, Clock clock) {
        this.saver = saver;
        this.gateways = gateways;
        this.router = router;
        this.policies = policies;
        this.rules = rules;
        this.recorder = new AttemptRecorder(rules);
        this.settings = settings;
        this.clock = clock;
    }

    public void step(OrderWork claimed) {
        OrderProgress progress = new OrderProgress(claimed.order(), clock.instant());
        RetryPolicy policy = policies.forOrder(claimed.order().merchantId(), claimed.retryPolicy());
        Map<FulfillmentId, NextWork> next = new HashMap<>(claimed.work());
        recorder.pickUp(progress);
        Lease lease = new Lease(settings.instanceId(), clock.instant().plus(settings.lease()));
        List<Call> calls = plan(claimed, progress, policy, next, lease);
        OrderWork current = claimed;
        if (calls.stream().anyMatch(Call::initiate)) {
            long version = saver.save(current, progress, next, lease);
            if (version < 0) {
                LOG.log(Level.WARNING, "Lost the claim on order {0} before calling a gateway; left to its new holder",
                        claimed.order().id());
                return;
            }
            current = new OrderWork(progress.order(), claimed.retryPolicy(), next, version);
            progress = new OrderProgress(progress.order(), clock.instant());
        }
        for (Call call : calls) {
            next.put(call.fulfillmentId(), callGateway(progress, call, policy));
        }
        if (saver.save(current, progress, next, Lease.RELEASE) < 0) {
            LOG.log(Level.WARNING, "Lost the claim on order {0} after calling a gateway; its holder will inquire",
                    claimed.order().id());
        }
    }

    private List<Call> plan(OrderWork claimed, OrderProgress progress, RetryPolicy policy,
                            Map<FulfillmentId, NextWork> next, Lease lease) {
        List<Call> calls = new ArrayList<>();
        for (Fulfillment f : claimed.order().fulfillments()) {
            NextWork work = claimed.workOf(f.id());
            if (work.dueAt() == null || work.dueAt().isAfter(progress.now())) {
                continue;
            }
            Step step = rules.nextStep(f, policy, work, candidates(claimed, f), progress.now());
            if (step instanceof Step.Attempt attempt && !router.isAvailable(attempt.method())) {
                // Paused or circuit-open: no new transaction; look again shortly, keeping a pinned retry's method.
                next.put(f.id(), new NextWork(progress.now().plus(rules.timings().firstPoll()), work.retryMethod()));
            } else if (step instanceof Step.Attempt attempt) {
                calls.add(new Call(f.id(), recorder.beginAttempt(progress, f.id(), attempt), true));
                // Due again when the claim runs out: if this instance dies mid-call, another one inquires.
                next.put(f.id(), NextWork.at(lease.until()));
            } else if (step instanceof Step.Inquire inquire) {
                calls.add(new Call(f.id(), inquire.transaction(), false));
            } else if (step instanceof Step.WaitUntil wait) {
                next.put(f.id(), new NextWork(wait.instant(), work.retryMethod()));
            } else if (step instanceof Step.Fail fail) {
                LOG.log(Level.WARNING, "Fulfillment {0} of merchant {1} fails without an attempt: {2}",
                        new Object[] {f.id(), claimed.order().merchantId(), fail.reason()});
                recorder.failWithoutAttempt(progress, f.id());
                next.put(f.id(), NextWork.NONE);
            } else {
                next.put(f.id(), NextWork.NONE);
            }
        }
        return calls;
    }

    /**
     * A first attempt's methods: those available now; if none is available only because methods are paused or
     * circuit-open, the configured ones, so that the attempt planned on an unavailable method waits instead of
     * the fulfillment failing for want of a method.
     */
    private List<MethodId> candidates(OrderWork claimed, Fulfillment f) {
        if (!f.transactions().isEmpty()) {
            return List.of();
        }
        List<MethodId> available = router.methodsFor(claimed.order().merchantId(), f);
        return available.isEmpty() ? router.configuredMethodsFor(claimed.order().merchantId(), f) : available;
    }

    private NextWork callGateway(OrderProgress progress, Call call, RetryPolicy policy) {
        Fulfillment f = progress.fulfillment(call.fulfillmentId());
        Transaction t = f.transaction(call.transaction().id());
        GatewayResult result;
        boolean initiation = call.initiate();
        if (initiation) {
            result = gateways.initiate(f, t);
        } else {
            result = gateways.inquire(t);
            if (result instanceof GatewayResult.Unknown unknown && unknown.notFound() && neverConfirmed(t)) {
                result = gateways.initiate(f, t);
                initiation = true;
            }
        }
        NextWork next = recorder.record(progress, call.fulfillmentId(), t, result, initiation, policy);
        boolean saidNothing = result instanceof GatewayResult.Unknown || result instanceof GatewayResult.Pending;
        if (next.dueAt() == null && saidNothing && t.isSettled()) {
            // The reversal watch ran out on an answer that said nothing: a reversal now comes only by webhook.
            LOG.log(Level.WARNING, "Settled watch of transaction {0} ({1}) ended without a clear answer: {2}",
                    new Object[] {t.id(), t.status(), describe(result)});
        }
        return next;
    }

    private static String describe(GatewayResult result) {
        return result instanceof GatewayResult.Unknown unknown ? "unknown (" + unknown.reason() + ")" : "pending";
    }

    /** Sent, maybe, but the gateway never said it had it: the one state in which "not found" allows a resend. */
    private static boolean neverConfirmed(Transaction t) {
        return (t.status() == TransactionStatus.CREATED || t.status() == TransactionStatus.INITIATED)
                && t.gatewayResponse().gatewayRefId() == null;
    }
}
