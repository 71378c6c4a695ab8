package io.payout.app;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.payout.adapters.rest.MerchantApiSettings;
import io.payout.adapters.rest.MerchantRestApi;
import io.payout.adapters.rest.gateway.GatewayWebhookApi;
import io.payout.app.admission.AdmissionWiring;
import io.payout.app.beneficiary.BeneficiaryWiring;
import io.payout.app.callback.CallbackWiring;
import io.payout.app.collection.CollectionWiring;
import io.payout.app.command.DbCommand;
import io.payout.app.loop.LoopHealthCheck;
import io.payout.app.metrics.PayoutMetrics;
import io.payout.app.command.MerchantsCommand;
import io.payout.app.command.ReconcileCommand;
import io.payout.app.engine.ClosingManaged;
import io.payout.app.engine.ClusterJobs;
import io.payout.app.engine.EngineScheduler;
import io.payout.app.engine.EngineWiring;
import io.payout.app.engine.GatewayWiring;
import io.payout.app.health.BacklogHealthCheck;
import io.payout.app.health.DatabaseHealthCheck;
import io.payout.app.health.GatewaysHealthCheck;
import io.payout.app.health.SchedulerHealthCheck;
import io.payout.app.engine.RoutingPauseSyncLoop;
import io.payout.app.task.OperatorLogTask;
import io.payout.app.task.PauseGatewayTask;
import io.payout.app.task.OrderHistoryTask;
import io.payout.app.task.RedeliverCallbacksTask;
import io.payout.app.task.ResolveReviewTask;
import io.payout.app.task.RetryFulfillmentTask;
import io.payout.adapters.rest.order.OrderHistoryResource;
import io.payout.adapters.rest.status.BalanceResource;
import io.payout.adapters.rest.status.OutageResource;
import io.payout.application.gateway.GetBalancesService;
import io.payout.application.gateway.GetOutageService;
import io.payout.adapters.persistence.JdbiOperatorActionRepository;
import io.payout.adapters.persistence.JdbiOperatorLogRepository;
import io.payout.application.operator.PauseRoutingService;
import io.payout.application.operator.SyncRoutingPausesService;
import io.payout.adapters.persistence.JdbiSetup;
import io.payout.application.operator.OrderHistoryService;
import io.payout.application.operator.ResolveReviewService;
import io.payout.app.task.PauseMethodTask;
import io.payout.app.task.ResumeGatewayTask;
import io.payout.app.task.ResumeMethodTask;
import io.payout.application.engine.CancelFulfillmentService;
import io.payout.application.collection.OrderPaymentsService;
import io.payout.application.engine.HandleGatewayWebhookService;
import io.payout.application.engine.ProgressSaver;
import io.payout.application.engine.SweepExpiredClaimsService;
import io.payout.gateway.host.GatewayHost;
import java.util.concurrent.ExecutorService;
import org.quartz.SchedulerException;
import io.payout.application.merchant.AuthenticateMerchantService;
import io.payout.application.merchant.CachedApiKeys;
import io.payout.application.merchant.CreateMerchantService;
import io.payout.application.order.CreateOrderService;
import io.payout.application.order.GetOrderService;
import io.payout.application.order.ListOrdersService;
import io.payout.application.order.OrderLimits;
import io.payout.domain.Money;
import java.time.Clock;
import java.time.Duration;

/** The payout orchestrator: builds every piece by hand and hands them to Dropwizard. */
public class PayoutApplication extends Application<PayoutConfiguration> {
    /** Microsecond ticks: what PostgreSQL stores, so a stored instant reads back equal. */
    public static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    public static void main(String[] args) throws Exception {
        new PayoutApplication().run(args);
    }

    @Override
    public String getName() {
        return "payout-orchestrator";
    }

    @Override
    public void initialize(Bootstrap<PayoutConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(true)));
        bootstrap.addCommand(new DbCommand());
        bootstrap.addCommand(new MerchantsCommand());
        bootstrap.addCommand(new ReconcileCommand());
    }

    private static void startEngine(PayoutConfiguration config, Environment environment, Persistence persistence,
                                    ProgressSaver saver, GatewayHost gateways) throws SchedulerException {
        String instanceId = EngineWiring.instanceId(config.engine());
        ExecutorService workers = EngineWiring.workers(config.engine());
        var pump = EngineWiring.pump(config.engine(), instanceId, persistence.work(), saver,
                PayoutMetrics.of(environment).gateways(gateways), gateways, workers, CLOCK);
        EngineScheduler scheduler = new EngineScheduler(instanceId, pump, config.engine().batchSize(),
                config.engine().pumpInterval(), workers);
        environment.lifecycle().manage(scheduler);
        ClusterJobs clusterJobs = new ClusterJobs(persistence.dataSource(), config.database().isPostgres(),
                new SweepExpiredClaimsService(persistence.work(), CLOCK), config.engine().sweepInterval());
        environment.lifecycle().manage(clusterJobs);
        environment.healthChecks().register("scheduler", new SchedulerHealthCheck(scheduler, clusterJobs));
    }

    /** The operators' pauses: applied before anything routes, kept in step every gateways.pauseSync, and the tasks. */
    private static void routingControls(PayoutConfiguration config, Environment environment,
                                        JdbiOperatorLogRepository pauses, GatewayHost gateways) {
        var sync = new SyncRoutingPausesService(pauses, gateways);
        sync.sync();
        RoutingPauseSyncLoop loop = new RoutingPauseSyncLoop(sync, config.gateways().pauseSync());
        environment.lifecycle().manage(loop);
        environment.healthChecks().register("routing-pauses", new LoopHealthCheck("routing pause sync", loop, true));
        var change = new PauseRoutingService(pauses, gateways, CLOCK);
        environment.admin().addTask(new PauseGatewayTask(change, gateways));
        environment.admin().addTask(new ResumeGatewayTask(change, gateways));
        environment.admin().addTask(new PauseMethodTask(change, gateways));
        environment.admin().addTask(new ResumeMethodTask(change, gateways));
    }

    @Override
    public void run(PayoutConfiguration config, Environment environment) throws Exception {
        Persistence persistence = Persistence.open(config.database(), environment.metrics());
        environment.lifecycle().manage(persistence.dataSource());
        environment.healthChecks().register("database", new DatabaseHealthCheck(persistence.dataSource()));

        CallbackWiring callbacks = new CallbackWiring(config.callbacks(), persistence, environment, CLOCK);
        CollectionWiring collections = config.collections().enabled()
                ? new CollectionWiring(config.collections(), persistence, callbacks.composer(),
                        java.nio.file.Path.of(config.gateways().pluginsDirectory()), environment, CLOCK) : null;
        BeneficiaryWiring beneficiaries =
                new BeneficiaryWiring(config.beneficiaries(), persistence, environment, CLOCK);
        var createOrder = PayoutMetrics.of(environment).createOrder(AdmissionWiring.gate(config.admission(),
                config.engine().lease(), new CreateOrderService(persistence.orders(), persistence.orders(),
                        new OrderLimits(new Money(config.orders().maxOrderAmount())),
                        collections == null ? null : collections.start(), beneficiaries.resolver(), CLOCK),
                persistence.orders(), persistence.work(), environment, CLOCK));
        var getOrder = new GetOrderService(persistence.orders());
        var apiKeys = new CachedApiKeys(persistence.merchants(), persistence.merchants(), config.auth().keyCacheTtl(),
                config.auth().keyCacheSize(), CLOCK);
        var authenticate = new AuthenticateMerchantService(apiKeys, CLOCK);
        var cancel = new CancelFulfillmentService(persistence.work(), callbacks.saver(), CLOCK);
        var operatorActions = new JdbiOperatorActionRepository(JdbiSetup.create(persistence.dataSource()));
        var operatorLog = new JdbiOperatorLogRepository(JdbiSetup.create(persistence.dataSource()));
        GatewayHost gateways = GatewayWiring.host(config.gateways());
        environment.lifecycle().manage(new ClosingManaged(gateways));
        var balances = new GetBalancesService(gateways, config.gateways().balanceRefresh(), CLOCK);
        new MerchantRestApi(createOrder, getOrder, new ListOrdersService(persistence.orders()),
                new OrderPaymentsService(persistence.collections()), cancel, authenticate, callbacks.deliveryLog(),
                callbacks.redeliver(),
                new MerchantApiSettings(config.orders().maxRequestBytes(), config.rateLimit().toSettings(),
                        config.authFailureLimit().toSettings()), CLOCK)
                .addResource(new OrderHistoryResource(new OrderHistoryService(operatorActions)))
                .addResource(new BalanceResource(balances))
                .addResource(new BalanceResource.Alias(balances))
                .addResource(new OutageResource(new GetOutageService(gateways)))
                .addResource(beneficiaries.resource())
                .registerWith(environment);
        environment.admin().addTask(new RedeliverCallbacksTask(callbacks.redeliver()));
        environment.admin().addTask(new OperatorLogTask(operatorLog));
        environment.admin().addTask(new ResolveReviewTask(new ResolveReviewService(persistence.work(),
                PayoutMetrics.of(environment).operatorActions(operatorActions), callbacks.composer(), CLOCK)));
        environment.admin().addTask(new RetryFulfillmentTask(EngineWiring.retryFulfillment(config.engine(),
                persistence.work(), operatorActions, gateways, gateways, callbacks.composer(), CLOCK)));
        environment.admin().addTask(new OrderHistoryTask(new OrderHistoryService(operatorActions)));
        PayoutMetrics.serve(environment, persistence, CLOCK);
        environment.healthChecks().register("callbacks", new LoopHealthCheck("callback relay", callbacks.loop(),
                config.callbacks().enabled()));
        environment.healthChecks().register("callback-backlog", new BacklogHealthCheck("callback",
                persistence.callbacks()::oldestDue, config.callbacks().backlogThreshold(), CLOCK));
        environment.healthChecks().register("work-backlog", new BacklogHealthCheck("order",
                persistence.work()::oldestDue, config.engine().backlogThreshold(), CLOCK));

        environment.healthChecks().register("gateways", new GatewaysHealthCheck(gateways));
        beneficiaries.startValidation(gateways, EngineWiring.instanceId(config.engine()));
        routingControls(config, environment, operatorLog, gateways);
        new GatewayWebhookApi(new HandleGatewayWebhookService(gateways, persistence.work(), CLOCK))
                .registerWith(environment);
        if (config.engine().enabled()) {
            startEngine(config, environment, persistence, callbacks.saver(), gateways);
        }

        if (config.demo().createDemoMerchant()) {
            new DemoMerchant(new CreateMerchantService(persistence.merchants(), CLOCK), persistence.merchants())
                    .ensureExists(config.demo().merchantId());
        }
    }
}
