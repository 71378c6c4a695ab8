package io.payout.application.engine.port;

import io.payout.domain.MethodId;
import java.util.List;

/** The payout methods that can be used now, in configuration order (gateway enabled, plugin loaded). */
public interface PayoutMethodsPort {
    List<MethodId> enabledMethods();
}
