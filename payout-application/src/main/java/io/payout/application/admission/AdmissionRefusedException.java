package io.payout.application.admission;

import java.time.Duration;

/** A new order was not accepted because the engine is too far behind; nothing was written. */
public class AdmissionRefusedException extends RuntimeException {
    private final Duration retryAfter;

    public AdmissionRefusedException(Duration retryAfter) {
        super("not accepting new orders for now: payouts are running behind");
        this.retryAfter = retryAfter;
    }

    /** How long the client should wait before sending the same create again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
