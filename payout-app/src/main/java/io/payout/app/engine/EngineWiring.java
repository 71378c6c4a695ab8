package io.payout.app.engine;

import io.payout.app.config.EngineConfig;
import io.payout.application.callback.CallbackComposer;
import io.payout.application.operator.RetryFulfillmentService;
import io.payout.application.operator.port.RetryFulfillmentPort;
import io.payout.application.engine.EngineSettings;
import io.payout.application.engine.MethodRouter;
import io.payout.application.engine.OrderStepper;
import io.payout.application.engine.ProgressSaver;
import io.payout.application.engine.DispatchDueOrdersService;
import io.payout.application.engine.RetryPolicies;
import io.payout.application.engine.port.OrderWorkPort;
import io.payout.application.engine.port.PayoutGatewayPort;
import io.payout.application.engine.port.PayoutMethodsPort;
import io.payout.domain.MerchantId;
import io.payout.domain.MethodId;
import io.payout.domain.attempt.AttemptRules;
import io.payout.domain.attempt.RetryPolicy;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Builds the engine from its configuration: router, policies, stepper, the claim loop and its workers. */
public final class EngineWiring {
    private EngineWiring() {
    }

    public static String instanceId(EngineConfig config) {
        if (config.instanceId() != null && !config.instanceId().isBlank()) {
            return config.instanceId();
        }
        String process = ManagementFactory.getRuntimeMXBean().getName();
        return (process.length() > 80 ? process.substring(0, 80) : process) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static DispatchDueOrdersService pump(EngineConfig config, String instanceId, OrderWorkPort work,
                                               ProgressSaver saver, PayoutGatewayPort gateways,
                                               PayoutMethodsPort methods, ExecutorService workers, Clock clock) {
        EngineSettings settings = new EngineSettings(instanceId, config.batchSize(), config.lease());
        OrderStepper stepper = new OrderStepper(saver, gateways, new MethodRouter(methods, priorities(config)),
                policies(config), new AttemptRules(config.timings()), settings, clock);
        return new DispatchDueOrdersService(work, stepper, workers, config.workerThreads(), settings, clock);
    }

    /**
     * The operators' retry-now, with the engine's retry policies and attempt windows; its fresh attempts go to the
     * methods the gateways offer now.
     */
    public static RetryFulfillmentService retryFulfillment(EngineConfig config, OrderWorkPort work,
                                                           RetryFulfillmentPort retries, PayoutGatewayPort gateways,
                                                           PayoutMethodsPort methods, CallbackComposer callbacks,
                                                           Clock clock) {
        return new RetryFulfillmentService(work, retries, gateways, methods, policies(config),
                new AttemptRules(config.timings()), callbacks, clock);
    }

    public static ExecutorService workers(EngineConfig config) {
        return Executors.newFixedThreadPool(config.workerThreads(), runnable -> {
            Thread thread = new Thread(runnable, "engine-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    static RetryPolicies policies(EngineConfig config) {
        Map<MerchantId, RetryPolicy> byMerchant = new HashMap<>();
        config.merchantRetryPolicies().forEach((id, policy) -> byMerchant.put(new MerchantId(id), policy.toPolicy()));
        return new RetryPolicies(config.retryPolicy().toPolicy(), byMerchant);
    }

    static Map<MerchantId, List<MethodId>> priorities(EngineConfig config) {
        Map<MerchantId, List<MethodId>> result = new HashMap<>();
        config.merchantMethodPriorities().forEach((id, methods) ->
                result.put(new MerchantId(id), methods.stream().map(MethodId::new).toList()));
        return result;
    }
}
