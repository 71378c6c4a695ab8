package io.payout.application.engine;

import io.payout.application.callback.CallbackComposer;
import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.engine.port.OrderWorkPort;
import io.payout.domain.FulfillmentId;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.OrderProgress;
import java.util.Map;

/**
 * Saves an order's progress together with the callbacks that report it, in the same transaction: the one way the
 * engine and the use cases write a status change, so that no change goes unreported.
 */
public class ProgressSaver {
    private final OrderWorkPort orderWork;
    private final CallbackComposer callbacks;

    public ProgressSaver(OrderWorkPort orderWork, CallbackComposer callbacks) {
        this.orderWork = orderWork;
        this.callbacks = callbacks;
    }

    /** @return the new version, or -1 with nothing written when the version moved on */
    public long save(OrderWork before, OrderProgress progress, Map<FulfillmentId, NextWork> work, Lease lease) {
        return orderWork.saveProgress(before, progress.order(), progress.events(),
                callbacks.compose(before.order(), progress.order(), progress.events()), work, lease);
    }
}
