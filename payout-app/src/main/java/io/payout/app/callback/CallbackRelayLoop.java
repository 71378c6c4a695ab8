package io.payout.app.callback;

import io.payout.app.loop.WakeableLoop;
import io.payout.application.callback.RelayCallbacksService;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the outbox relay: a round at once whenever a post finishes or someone asks ({@link #wake()}: a redelivery),
 * otherwise every {@code pollInterval}. On stop it waits for posts in flight (up to {@code drainTimeout}) and writes
 * their outcomes; an outcome it cannot write is retried after the claim's lease.
 */
public class CallbackRelayLoop extends WakeableLoop {
    private static final Logger LOG = Logger.getLogger(CallbackRelayLoop.class.getName());
    private final RelayCallbacksService relay;
    private final Duration drainTimeout;

    public CallbackRelayLoop(RelayCallbacksService relay, Duration pollInterval, Duration drainTimeout) {
        super("callback-relay", pollInterval);
        this.relay = relay;
        this.drainTimeout = drainTimeout;
        relay.onFinished(this::wake);
    }

    @Override
    protected void round() {
        relay.relay();
    }

    @Override
    public void stop() throws Exception {
        super.stop();
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        while (relay.inFlight() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        try {
            relay.writeFinished();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not write the last callback outcomes; those callbacks are sent again", e);
        }
    }
}
