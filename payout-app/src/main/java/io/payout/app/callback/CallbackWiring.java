package io.payout.app.callback;

import io.dropwizard.core.setup.Environment;
import io.payout.adapters.rest.callback.CallbackInfoRenderer;
import io.payout.adapters.rest.callback.CallbackSenderSettings;
import io.payout.adapters.rest.callback.JettyCallbackSender;
import io.payout.app.Persistence;
import io.payout.app.config.CallbackConfig;
import io.payout.app.engine.ClosingManaged;
import io.payout.app.metrics.PayoutMetrics;
import io.payout.application.callback.CachedMerchantWebhooks;
import io.payout.application.callback.CallbackComposer;
import io.payout.application.callback.ListOrderCallbacksService;
import io.payout.application.callback.RedeliverCallbackService;
import io.payout.application.callback.RelayCallbacksService;
import io.payout.application.engine.ProgressSaver;
import java.time.Clock;

/**
 * The callback side of the service: what the engine's saves write into the outbox, the relay that delivers it (one
 * thread per instance, when enabled), and the use cases behind the delivery log, redelivery and the admin task.
 */
public final class CallbackWiring {
    private final CallbackComposer composer;
    private final ProgressSaver saver;
    private final ListOrderCallbacksService deliveryLog;
    private final RedeliverCallbackService redeliver;
    private final CallbackRelayLoop loop;

    public CallbackWiring(CallbackConfig config, Persistence persistence, Environment environment, Clock clock) {
        CachedMerchantWebhooks webhooks = new CachedMerchantWebhooks(persistence.merchants(),
                config.merchantCacheTtl(), clock);
        this.composer = new CallbackComposer(webhooks, new CallbackInfoRenderer(environment.getObjectMapper()));
        this.saver = new ProgressSaver(PayoutMetrics.of(environment).orderWork(persistence.work()), composer);
        JettyCallbackSender sender = new JettyCallbackSender(new CallbackSenderSettings(config.timeout(),
                config.maxPerEndpoint(), config.allowLoopbackTargets(), config.allowPrivateTargets(),
                "payout-orchestrator-callbacks/1"));
        environment.lifecycle().manage(new ClosingManaged(sender));
        RelayCallbacksService relay = new RelayCallbacksService(
                PayoutMetrics.of(environment).callbackOutbox(persistence.callbacks()), sender, webhooks,
                config.retrySchedule(), config.relaySettings(), clock);
        this.loop = new CallbackRelayLoop(relay, config.pollInterval(), config.timeout().plusSeconds(2));
        if (config.enabled()) {
            environment.lifecycle().manage(loop);
        }
        this.deliveryLog = new ListOrderCallbacksService(persistence.orders(), persistence.callbacks());
        this.redeliver = new RedeliverCallbackService(persistence.callbacks(), config.retrySchedule(), loop::wake,
                clock);
    }

    public CallbackComposer composer() {
        return composer;
    }

    public ProgressSaver saver() {
        return saver;
    }

    public ListOrderCallbacksService deliveryLog() {
        return deliveryLog;
    }

    public RedeliverCallbackService redeliver() {
        return redeliver;
    }

    public CallbackRelayLoop loop() {
        return loop;
    }
}
