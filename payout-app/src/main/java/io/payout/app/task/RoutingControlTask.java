package io.payout.app.task;

import io.dropwizard.servlets.tasks.Task;
import io.payout.gateway.host.GatewayHost;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An admin task pausing or resuming a gateway or a method ({@code POST /tasks/<task>?name=DUMMY_IMPS} on the admin
 * port). Prints one line of what it did; a missing or unknown name prints an error line and changes nothing. Every
 * operator action is logged at WARN with the name.
 */
abstract class RoutingControlTask extends Task {
    private static final Logger LOG = LoggerFactory.getLogger(RoutingControlTask.class);

    enum Target { GATEWAY, METHOD }

    private final GatewayHost host;
    private final Target target;
    private final boolean pause;

    RoutingControlTask(String name, GatewayHost host, Target target, boolean pause) {
        super(name);
        this.host = host;
        this.target = target;
        this.pause = pause;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        List<String> names = parameters.getOrDefault("name", List.of());
        String name = names.size() == 1 ? names.get(0).trim() : null;
        String kind = target == Target.GATEWAY ? "gateway" : "method";
        boolean known = target == Target.GATEWAY ? host.isGateway(name) : host.isMethod(name);
        if (!known) {
            LOG.warn("operator task {} refused: {} is not a running {}", getName(), names, kind);
            output.println("error: " + (name == null ? "give one parameter name" : "'" + name + "' is not a running "
                    + kind) + "; nothing changed");
            return;
        }
        boolean changed = pause ? host.pause(name) : host.resume(name);
        String done = pause ? "paused" : "resumed";
        LOG.warn("operator task {}: {} {} {}", getName(), kind, name, changed ? done : "unchanged (already " + done + ")");
        output.println(changed ? kind + " " + name + " " + done
                : kind + " " + name + " was already " + (pause ? "paused" : "running") + "; nothing changed");
    }
}
