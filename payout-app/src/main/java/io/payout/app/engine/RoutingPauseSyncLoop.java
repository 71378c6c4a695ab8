package io.payout.app.engine;

import io.payout.app.loop.WakeableLoop;
import io.payout.application.operator.SyncRoutingPausesService;
import java.time.Duration;

/** Applies the operators' saved pauses to this instance every {@code gateways.pauseSync}. */
public class RoutingPauseSyncLoop extends WakeableLoop {
    private final SyncRoutingPausesService sync;

    public RoutingPauseSyncLoop(SyncRoutingPausesService sync, Duration interval) {
        super("routing-pause-sync", interval);
        this.sync = sync;
    }

    @Override
    protected void round() {
        sync.sync();
    }
}
