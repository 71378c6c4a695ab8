package io.payout.application.engine.port;

import java.time.Instant;

/** What a save does with the claim on an order: keep it until a time (more work follows at once), or release it. */
public record Lease(String owner, Instant until) {
    public static final Lease RELEASE = new Lease(null, null);

    public boolean released() {
        return owner == null;
    }
}
