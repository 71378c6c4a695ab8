package io.payout.app.collection;

import io.payout.app.loop.WakeableLoop;
import io.payout.application.collection.ProcessCollectionsService;
import java.time.Duration;

/** Runs the collection pump (payments, refunds, refund decisions) every {@code pollInterval}, or at once on a webhook. */
public class CollectionPumpLoop extends WakeableLoop {
    private final ProcessCollectionsService pump;

    public CollectionPumpLoop(ProcessCollectionsService pump, Duration pollInterval) {
        super("collection-pump", pollInterval);
        this.pump = pump;
    }

    @Override
    protected void round() throws InterruptedException {
        pump.processDue();
    }
}
