package io.payout.application.operator;

import io.payout.application.ConflictException;
import io.payout.application.NotFoundException;
import io.payout.application.callback.CallbackComposer;
import io.payout.application.engine.RetryPolicies;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.OrderWorkPort;
import io.payout.application.engine.port.PayoutGatewayPort;
import io.payout.application.engine.port.PayoutMethodsPort;
import io.payout.application.operator.port.RetryFulfillmentPort;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.MethodId;
import io.payout.domain.Transaction;
import io.payout.domain.attempt.AttemptRules;
import io.payout.domain.attempt.GatewayResult;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.OperatorRetry;
import io.payout.domain.attempt.OrderProgress;
import io.payout.domain.attempt.RetryPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Retries a fulfillment now. A retry waiting out its backoff is made due now on its planned method. A failed
 * fulfillment is first checked with the gateways (every attempt must still be a failure, or unknown to the gateway:
 * a failure that turned into a payment refuses the retry), then reopened ({@code PENDING}, the order back to
 * {@code FULFILLMENTS_SCHEDULED}) with its next attempt due now on the first of its methods available now (else the
 * first still configured, which it waits for). The engine makes the attempt as any retry: a new transaction,
 * committed before the gateway hears of it; the retry policy then applies as usual, counting every attempt.
 *
 * <p>The write is conditional on the order's version, refused while an engine instance holds the order (its step may
 * carry an answer not yet written, a late success among them), and refused for a Pay and Fulfill order whose payment
 * was refunded; the audit row is written with it. Gateway calls happen before, outside any database transaction.
 */
public class RetryFulfillmentService implements RetryFulfillmentUseCase {
    private static final Logger LOG = Logger.getLogger(RetryFulfillmentService.class.getName());
    private static final int TRIES = 5;

    private final OrderWorkPort orderWork;
    private final RetryFulfillmentPort retries;
    private final PayoutGatewayPort gateways;
    private final PayoutMethodsPort methods;
    private final RetryPolicies policies;
    private final AttemptRules rules;
    private final CallbackComposer callbacks;
    private final Clock clock;

    public RetryFulfillmentService(OrderWorkPort orderWork, RetryFulfillmentPort retries, PayoutGatewayPort gateways,
                                   PayoutMethodsPort methods, RetryPolicies policies, AttemptRules rules,
                                   CallbackComposer callbacks, Clock clock) {
        this.orderWork = orderWork;
        this.retries = retries;
        this.gateways = gateways;
        this.methods = methods;
        this.policies = policies;
        this.rules = rules;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    @Override
    public Retry retry(RetryFulfillmentCommand command) {
        FulfillmentId id = command.fulfillmentId();
        for (int i = 0; i < TRIES; i++) {
            OrderWork work = orderWork.findByFulfillment(command.merchantId(), id)
                    .orElseThrow(() -> new NotFoundException("no fulfillment " + id));
            Fulfillment f = work.order().fulfillment(id);
            NextWork was = work.workOf(id);
            OperatorRetry.refusal(f, was).ifPresent(reason -> {
                throw new ConflictException("fulfillment " + id + " " + reason);
            });
            RetryPolicy policy = policies.forOrder(work.order().merchantId(), work.retryPolicy());
            Instant windowEnd = rules.windowEnd(f, policy);
            if (!clock.instant().isBefore(windowEnd)) {
                throw new ConflictException("fulfillment " + id + " is past its attempt window (closed at "
                        + windowEnd + "): no attempt may start");
            }
            boolean reopen = !OperatorRetry.isWaitingForRetry(f, was);
            MethodId method = reopen ? freshMethod(f) : was.retryMethod();
            if (reopen) {
                confirmFailures(f);
            }
            OrderProgress progress = new OrderProgress(work.order(), clock.instant());
            if (reopen) {
                OperatorRetry.reopen(progress, id);
            }
            Map<FulfillmentId, NextWork> next = new HashMap<>(work.work());
            next.put(id, new NextWork(progress.now(), method));
            String details = (reopen ? "FAILURE -> PENDING, fresh attempt" : "retry due at " + was.dueAt())
                    + " on " + method + " due now; order " + progress.order().status();
            OperatorAction action = new OperatorAction(command.merchantId(), work.order().id(),
                    OperatorAction.RETRY_FULFILLMENT, id.value(), command.operator(), command.reason(), details,
                    progress.now());
            RetryFulfillmentPort.Outcome outcome = retries.saveRetry(work, progress.order(), progress.events(),
                    callbacks.compose(work.order(), progress.order(), progress.events()), next, action,
                    progress.now());
            switch (outcome) {
                case SAVED:
                    return new Retry(id, method, methods.isAvailable(method), reopen, progress.order().status());
                case CLAIMED:
                    throw new ConflictException("order " + work.order().id() + " is being worked on by the engine"
                            + " right now; try again in a few seconds");
                case REFUNDED:
                    throw new ConflictException("order " + work.order().id() + " has a refund of its payment (the"
                            + " money went back to the payer): fulfillment " + id + " is not retried");
                case STALE:
                default:
                    break;
            }
        }
        throw new ConflictException("fulfillment " + id + " is changing; try again");
    }

    /** The first of the fulfillment's methods that is available now, else the first still configured. */
    private MethodId freshMethod(Fulfillment f) {
        return f.fulfillmentMethods().stream().filter(methods::isAvailable).findFirst()
                .or(() -> f.fulfillmentMethods().stream().filter(methods.configuredMethods()::contains).findFirst())
                .orElseThrow(() -> new ConflictException("fulfillment " + f.id() + ": none of its methods "
                        + f.fulfillmentMethods() + " runs here any more"));
    }

    /**
     * Asks the gateways about every attempt: each must still be a failure (or unknown to its gateway, which then
     * holds no payout under its reference). Anything else refuses the retry: it may have paid.
     */
    private void confirmFailures(Fulfillment f) {
        for (Transaction t : f.transactions()) {
            GatewayResult answer = gateways.inquire(t);
            if (answer instanceof GatewayResult.Failed
                    || answer instanceof GatewayResult.Unknown unknown && unknown.notFound()) {
                continue;
            }
            if (answer instanceof GatewayResult.Succeeded) {
                LOG.log(Level.WARNING, "Transaction {0} recorded as FAILURE is now reported paid by its gateway;"
                        + " fulfillment {1} not retried", new Object[] {t.id(), f.id()});
                throw new ConflictException("the gateway now reports transaction " + t.id() + " as paid: fulfillment "
                        + f.id() + " is not retried; check it with the bank");
            }
            String said = answer instanceof GatewayResult.Unknown unknown ? "no answer (" + unknown.reason() + ")"
                    : answer instanceof GatewayResult.NotSent notSent ? "not asked (" + notSent.reason() + ")"
                    : "it is pending";
            throw new ConflictException("could not confirm with the gateway that transaction " + t.id()
                    + " failed: " + said + "; try again");
        }
    }
}
