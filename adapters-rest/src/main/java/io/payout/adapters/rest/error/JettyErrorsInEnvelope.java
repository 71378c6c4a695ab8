package io.payout.adapters.rest.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/** Installs {@link EnvelopeErrorHandler} as the server's error handler as the server starts. */
public class JettyErrorsInEnvelope implements LifeCycle.Listener {
    private final ObjectMapper json;

    public JettyErrorsInEnvelope(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void lifeCycleStarting(LifeCycle event) {
        if (event instanceof Server server) {
            server.setErrorHandler(new EnvelopeErrorHandler(json));
        }
    }
}
