package io.payout.application.engine;

import io.payout.application.ConflictException;
import io.payout.application.NotFoundException;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.OrderWorkPort;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.MerchantId;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.OrderProgress;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Cancels a fulfillment if it has no transaction. The write is conditional on the order's version, so it races
 * safely with the engine: if the engine committed a transaction first, the cancel sees it and is refused; if the
 * cancel commits first, the engine's own write fails and it never calls the gateway.
 */
public class CancelFulfillmentService implements CancelFulfillmentUseCase {
    private static final int TRIES = 5;
    private final OrderWorkPort orderWork;
    private final ProgressSaver saver;
    private final Clock clock;

    public CancelFulfillmentService(OrderWorkPort orderWork, ProgressSaver saver, Clock clock) {
        this.orderWork = orderWork;
        this.saver = saver;
        this.clock = clock;
    }

    @Override
    public Fulfillment cancel(MerchantId merchantId, FulfillmentId fulfillmentId) {
        for (int i = 0; i < TRIES; i++) {
            OrderWork work = orderWork.findByFulfillment(merchantId, fulfillmentId)
                    .orElseThrow(() -> new NotFoundException("no fulfillment " + fulfillmentId));
            Fulfillment f = work.order().fulfillments().stream().filter(x -> x.id().equals(fulfillmentId))
                    .findFirst().orElseThrow(() -> new NotFoundException("no fulfillment " + fulfillmentId));
            if (f.status() != FulfillmentStatus.CREATED || !f.transactions().isEmpty()) {
                throw new ConflictException("fulfillment " + fulfillmentId + " cannot be cancelled: it is "
                        + f.status() + (f.transactions().isEmpty() ? "" : " and was sent to a gateway"));
            }
            OrderProgress progress = new OrderProgress(work.order(), clock.instant());
            progress.setFulfillmentStatus(fulfillmentId, FulfillmentStatus.CANCELLED);
            Map<FulfillmentId, NextWork> next = new HashMap<>(work.work());
            next.put(fulfillmentId, NextWork.NONE);
            if (saver.save(work, progress, next, Lease.RELEASE) >= 0) {
                return progress.fulfillment(fulfillmentId);
            }
        }
        throw new ConflictException("fulfillment " + fulfillmentId + " is changing; try again");
    }
}
