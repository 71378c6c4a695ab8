package io.payout.gateway.host.collection;

import io.payout.collection.spi.CollectionProvider;
import io.payout.collection.spi.WebhookParse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running collection provider. Its calls run on the caller's thread, with the plugin's class loader as the
 * thread's context class loader, and are bounded by the provider's own timeout (the SPI requires one). A call that
 * throws becomes an unknown answer, logged at WARN with the exception's class and where it was thrown, never its
 * message (which might quote a credential).
 */
final class HostedCollectionProvider {
    private static final Logger LOG = LoggerFactory.getLogger(HostedCollectionProvider.class);

    private final String id;
    private final CollectionProvider provider;
    private final ClassLoader pluginLoader;

    HostedCollectionProvider(String id, CollectionProvider provider, ClassLoader pluginLoader) {
        this.id = id;
        this.provider = provider;
        this.pluginLoader = pluginLoader;
    }

    CollectionProvider provider() {
        return provider;
    }

    /** {@code operation} ("create", "inquire", ...) about {@code subject}; {@code unknown} makes the answer to a throw. */
    <T> T call(String operation, String subject, Function<CollectionProvider, T> call, Function<String, T> unknown) {
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(pluginLoader);
        try {
            return call.apply(provider);
        } catch (Exception | LinkageError e) {
            LOG.warn("collection provider {} {} of {} failed with {} at {}", id, operation, subject,
                    e.getClass().getName(), where(e));
            return unknown.apply("collection provider error: " + e.getClass().getName());
        } finally {
            current.setContextClassLoader(previous);
        }
    }

    /** The provider's reading of a webhook; rejected when it throws or answers nothing. */
    WebhookParse parseWebhook(Map<String, List<String>> headers, byte[] body) {
        WebhookParse parse = call("parseWebhook", "a webhook", p -> p.parseWebhook(headers, body),
                reason -> WebhookParse.rejected());
        return parse == null ? WebhookParse.rejected() : parse;
    }

    void close() {
        call("close", id, p -> {
            p.close();
            return null;
        }, reason -> null);
    }

    private static String where(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? "an unknown place" : trace[0].toString();
    }
}
