package io.payout.app.engine;

import io.dropwizard.lifecycle.Managed;

/** Closes something when the server stops. */
public record ClosingManaged(AutoCloseable closeable) implements Managed {
    @Override
    public void stop() throws Exception {
        closeable.close();
    }
}
