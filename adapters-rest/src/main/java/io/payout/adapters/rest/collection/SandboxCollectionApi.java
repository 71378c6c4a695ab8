package io.payout.adapters.rest.collection;

import io.dropwizard.core.setup.Environment;
import io.payout.application.collection.PaySandboxCollectionUseCase;
import java.util.Objects;

/**
 * Registers the sandbox collection provider's payment pages ({@link SandboxCollectionResource}), for the sandbox
 * configuration only: anyone who can reach them can mark a sandbox payment paid. Alongside {@code MerchantRestApi},
 * which maps errors.
 */
public final class SandboxCollectionApi {
    private final PaySandboxCollectionUseCase pay;

    public SandboxCollectionApi(PaySandboxCollectionUseCase pay) {
        this.pay = Objects.requireNonNull(pay, "pay");
    }

    public void registerWith(Environment environment) {
        environment.jersey().register(new SandboxCollectionResource(pay));
    }
}
