package io.payout.gateway.host.collection;

import io.payout.application.collection.port.CollectionProviderPort;
import io.payout.application.collection.port.SandboxCollectionPort;
import io.payout.application.engine.WebhookRejectedException;
import io.payout.collection.spi.CollectionOrderState;
import io.payout.collection.spi.CollectionRequest;
import io.payout.collection.spi.RefundRequest;
import io.payout.collection.spi.RefundState;
import io.payout.collection.spi.WebhookParse;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.ProviderAnswer;
import io.payout.domain.collection.Refund;
import io.payout.domain.collection.RefundAnswer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The collection providers of Pay and Fulfill (the built-in {@code SANDBOX}, {@code EXPRESS_CHECKOUT}, ...), by
 * {@code Payment.provider()}: the configured and enabled ones, each created by its plugin. Calls never throw for a
 * provider's failure (an exception, no answer, an unusable amount, a provider not running): those are
 * {@code Unknown}. {@link #close()} closes the providers, then the plugins' class loaders.
 */
public final class CollectionHost implements CollectionProviderPort, SandboxCollectionPort, AutoCloseable {
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");

    private final LoadedCollectionPlugins plugins;
    private final Map<String, HostedCollectionProvider> providers;

    /**
     * Starts the providers {@code settings} enable. Refuses (with an {@link IllegalStateException} naming the
     * provider) a configured provider without a plugin and settings the plugin refuses;
     * {@link IllegalArgumentException} when a provider is configured twice. Takes over {@code plugins}: closing the
     * host closes them, and so does a refusal.
     */
    public CollectionHost(LoadedCollectionPlugins plugins, List<CollectionProviderSettings> settings) {
        this.plugins = plugins;
        try {
            this.providers = CollectionProviderStarter.start(plugins, settings);
        } catch (RuntimeException e) {
            plugins.close();
            throw e;
        }
    }

    /** Loads the plugins (built in, class path, {@code pluginsDirectory/*.jar}) and starts the configured providers. */
    public static CollectionHost start(Path pluginsDirectory, List<CollectionProviderSettings> settings) {
        return new CollectionHost(new CollectionPluginLoader().load(pluginsDirectory), settings);
    }

    @Override
    public ProviderAnswer create(Payment payment, Order order, Instant now) {
        HostedCollectionProvider provider = providers.get(payment.provider());
        if (provider == null) {
            return notRunning(payment.provider());
        }
        CollectionRequest request = CollectionMapper.toRequest(payment, order, now);
        return CollectionMapper.toAnswer(provider.call("create", payment.providerOrderId(),
                p -> p.createOrder(request), CollectionHost::unknownOrder));
    }

    @Override
    public ProviderAnswer inquire(Payment payment) {
        HostedCollectionProvider provider = providers.get(payment.provider());
        if (provider == null) {
            return notRunning(payment.provider());
        }
        String id = payment.providerOrderId();
        return CollectionMapper.toAnswer(provider.call("inquire", id, p -> p.inquire(id), CollectionHost::unknownOrder));
    }

    @Override
    public RefundAnswer refund(Refund refund) {
        HostedCollectionProvider provider = providers.get(refund.provider());
        if (provider == null) {
            return new RefundAnswer.Unknown(notRunningReason(refund.provider()), false);
        }
        RefundRequest request = CollectionMapper.toRequest(refund);
        return CollectionMapper.toAnswer(provider.call("refund", refund.id(), p -> p.refund(request),
                CollectionHost::unknownRefund));
    }

    @Override
    public RefundAnswer inquireRefund(Refund refund) {
        HostedCollectionProvider provider = providers.get(refund.provider());
        if (provider == null) {
            return new RefundAnswer.Unknown(notRunningReason(refund.provider()), false);
        }
        return CollectionMapper.toAnswer(provider.call("inquireRefund", refund.id(),
                p -> p.inquireRefund(refund.providerOrderId(), refund.uniqueRequestId()), CollectionHost::unknownRefund));
    }

    /**
     * The provider order ids an authentic webhook names (ids of a shape we never use are left out; there may be
     * none). @throws WebhookRejectedException if the provider is not running here or the webhook is not authentic
     */
    @Override
    public List<String> verifyWebhook(String provider, Map<String, List<String>> headers, byte[] body) {
        HostedCollectionProvider hosted = provider == null ? null : providers.get(provider);
        if (hosted == null) {
            throw new WebhookRejectedException("no collection provider " + provider + " runs here");
        }
        WebhookParse parse = hosted.parseWebhook(headers, body);
        if (!parse.authentic()) {
            throw new WebhookRejectedException("the " + provider + " webhook is not authentic");
        }
        return parse.providerOrderIds().stream().filter(id -> id != null && ORDER_ID.matcher(id).matches()).toList();
    }

    @Override
    public boolean isConfigured(String provider) {
        return provider != null && providers.containsKey(provider);
    }

    /** The sandbox's end user pays in full. @return false if the sandbox is not running or has no such order */
    @Override
    public boolean markPaid(String providerOrderId) {
        return markPaid(providerOrderId, null);
    }

    /** The sandbox's end user pays {@code amount} (null: in full), to try an amount mismatch. */
    public boolean markPaid(String providerOrderId, Money amount) {
        HostedCollectionProvider sandbox = providers.get(SandboxCollectionProvider.PROVIDER_ID);
        return sandbox != null && sandbox.provider() instanceof SandboxCollectionProvider provider
                && provider.markPaid(providerOrderId, amount == null ? null : amount.value());
    }

    @Override
    public void close() {
        try {
            providers.values().forEach(HostedCollectionProvider::close);
        } finally {
            plugins.close();
        }
    }

    private static ProviderAnswer notRunning(String provider) {
        return new ProviderAnswer.Unknown(notRunningReason(provider), false);
    }

    private static String notRunningReason(String provider) {
        return "collection provider " + provider + " is not configured";
    }

    private static CollectionOrderState unknownOrder(String reason) {
        return new CollectionOrderState.Unknown(reason, false);
    }

    private static RefundState unknownRefund(String reason) {
        return new RefundState.Unknown(reason, false);
    }
}
