package io.payout.app.collection;

import io.dropwizard.core.setup.Environment;
import io.payout.adapters.rest.collection.CollectionWebhookApi;
import io.payout.adapters.rest.collection.SandboxCollectionApi;
import io.payout.app.Persistence;
import io.payout.app.config.CollectionConfig;
import io.payout.app.config.CollectionProviderConfig;
import io.payout.app.engine.ClosingManaged;
import io.payout.app.loop.LoopHealthCheck;
import io.payout.app.metrics.PayoutMetrics;
import io.payout.application.callback.CallbackComposer;
import io.payout.application.collection.CollectionSettings;
import io.payout.application.collection.CollectionStepper;
import io.payout.application.collection.DecideRefundsService;
import io.payout.application.collection.HandleCollectionWebhookService;
import io.payout.application.collection.ProcessCollectionsService;
import io.payout.application.collection.RefundStepper;
import io.payout.application.collection.StartCollectionService;
import io.payout.gateway.host.collection.CollectionHost;
import io.payout.gateway.host.collection.CollectionProviderSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Pay and Fulfill: the collection providers (the built-in sandbox and plugins), the start of a collection when an
 * order is created, the pump that polls payments and sends refunds, and the provider webhook and sandbox endpoints.
 */
public final class CollectionWiring {
    private final CollectionHost host;
    private final StartCollectionService start;

    public CollectionWiring(CollectionConfig config, Persistence persistence, CallbackComposer callbacks,
                            Path pluginsDirectory, Environment environment, Clock clock) {
        this.host = CollectionHost.start(pluginsDirectory, providerSettings(config));
        environment.lifecycle().manage(new ClosingManaged(host));
        CollectionSettings settings = config.settings();
        this.start = new StartCollectionService(host, persistence.collections(), settings, clock);
        ExecutorService workers = Executors.newFixedThreadPool(config.workerThreads(), runnable -> {
            Thread thread = new Thread(runnable, "collection-worker");
            thread.setDaemon(true);
            return thread;
        });
        environment.lifecycle().manage(new ClosingManaged(workers::shutdownNow));
        ProcessCollectionsService pump = new ProcessCollectionsService(persistence.collections(),
                new CollectionStepper(PayoutMetrics.of(environment).collectionWork(persistence.collections()), host,
                        persistence.work(), callbacks, settings, clock),
                new RefundStepper(persistence.collections(), host, persistence.work(), callbacks, settings, clock),
                new DecideRefundsService(persistence.collections(), callbacks, settings, clock), workers, settings,
                clock);
        CollectionPumpLoop loop = new CollectionPumpLoop(pump, config.pumpInterval());
        environment.lifecycle().manage(loop);
        environment.healthChecks().register("collections", new LoopHealthCheck("collection pump", loop, true));
        HandleCollectionWebhookService webhooks = new HandleCollectionWebhookService(host, host,
                persistence.collections(), loop::wake, clock);
        new CollectionWebhookApi(webhooks, host::isConfigured).registerWith(environment);
        if (config.sandboxEndpoints()) {
            new SandboxCollectionApi(webhooks).registerWith(environment);
        }
    }

    public StartCollectionService start() {
        return start;
    }

    /** The configured providers that are enabled; the sandbox with its public base URL when it collects by default. */
    private static List<CollectionProviderSettings> providerSettings(CollectionConfig config) {
        List<CollectionProviderSettings> result = new ArrayList<>();
        boolean sandboxListed = false;
        for (CollectionProviderConfig provider : config.providers()) {
            sandboxListed |= provider.id().equals(CollectionConfig.SANDBOX);
            if (provider.enabled()) {
                result.add(new CollectionProviderSettings(provider.id(), true, provider.settings()));
            }
        }
        if (!sandboxListed && config.defaultProvider().equals(CollectionConfig.SANDBOX)) {
            Map<String, String> sandbox = new HashMap<>();
            sandbox.put("public-base-url", config.sandboxPublicBaseUrl());
            result.add(new CollectionProviderSettings(CollectionConfig.SANDBOX, true, sandbox));
        }
        return result;
    }
}
