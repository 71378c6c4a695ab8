package io.payout.application.operator;

import io.payout.application.ConflictException;
import io.payout.application.NotFoundException;
import io.payout.application.callback.CallbackComposer;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.OrderWorkPort;
import io.payout.application.operator.port.OperatorActionPort;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.GatewayResponse;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.OrderProgress;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Settles a transaction in manual review as the operator found it at the bank. Like a cancel, the write is
 * conditional on the order's version and retried when the engine moved the order meanwhile; the audit row is
 * written in the same transaction, so there is no change without its record, nor a record without its change.
 */
public class ResolveReviewService implements ResolveReviewUseCase {
    private static final int TRIES = 5;
    private static final int DESCRIPTION_LIMIT = 500;
    private final OrderWorkPort orderWork;
    private final OperatorActionPort actions;
    private final CallbackComposer callbacks;
    private final Clock clock;

    public ResolveReviewService(OrderWorkPort orderWork, OperatorActionPort actions, CallbackComposer callbacks,
                                Clock clock) {
        this.orderWork = orderWork;
        this.actions = actions;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    @Override
    public Resolution resolve(ResolveReviewCommand command) {
        FulfillmentId fId = command.transactionId().fulfillmentId();
        for (int i = 0; i < TRIES; i++) {
            OrderWork work = orderWork.findByFulfillment(command.merchantId(), fId)
                    .orElseThrow(() -> new NotFoundException("no transaction " + command.transactionId()));
            Transaction t = work.order().fulfillment(fId).transactions().stream()
                    .filter(x -> x.id().equals(command.transactionId())).findFirst()
                    .orElseThrow(() -> new NotFoundException("no transaction " + command.transactionId()));
            if (t.status() != TransactionStatus.MANUAL_REVIEW) {
                throw new ConflictException("transaction " + t.id() + " is " + t.status() + ", not in manual review");
            }
            OrderProgress progress = new OrderProgress(work.order(), clock.instant());
            Transaction resolved = progress.putTransaction(fId, t, command.outcome(), responseOf(t, command));
            progress.setFulfillmentStatus(fId, command.outcome() == TransactionStatus.SUCCESS
                    ? FulfillmentStatus.SUCCESS : FulfillmentStatus.FAILURE);
            Map<FulfillmentId, NextWork> next = new HashMap<>(work.work());
            next.put(fId, NextWork.NONE);
            OperatorAction action = new OperatorAction(command.merchantId(), work.order().id(),
                    OperatorAction.RESOLVE_REVIEW, t.id().value(), command.operator(), command.reason(),
                    "MANUAL_REVIEW -> " + command.outcome() + "; order " + progress.order().status(),
                    progress.now());
            long version = actions.saveProgressWithAction(work, progress.order(), progress.events(),
                    callbacks.compose(work.order(), progress.order(), progress.events()), next, action);
            if (version >= 0) {
                return new Resolution(resolved, progress.order().status());
            }
        }
        throw new ConflictException("transaction " + command.transactionId() + " is changing; try again");
    }

    /** What the gateway said, with the operator's verdict as its description. */
    private static GatewayResponse responseOf(Transaction t, ResolveReviewCommand command) {
        GatewayResponse was = t.gatewayResponse();
        String description = "resolved by " + command.operator() + ": " + command.reason();
        if (description.length() > DESCRIPTION_LIMIT) {
            description = description.substring(0, DESCRIPTION_LIMIT - 3) + "...";
        }
        return new GatewayResponse(was.gatewayRefId(), was.responseCode(), was.responseMessage(), description,
                was.rawResponse());
    }
}
