package io.payout.adapters.rest.callback;

import io.payout.application.callback.PendingCallback;
import io.payout.application.callback.SendResult;
import io.payout.application.callback.WebhookSecrets;
import io.payout.application.callback.port.SendCallbackPort;
import io.payout.domain.WebhookTarget;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.ProxyAuthenticationProtocolHandler;
import org.eclipse.jetty.client.RedirectProtocolHandler;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.WWWAuthenticationProtocolHandler;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * Posts callbacks with Jetty's HTTP client: the {@link CallbackBody} as {@code application/json}, HTTP Basic when the
 * target has a username, the target's custom headers (never overriding ours), and the Standard Webhooks headers.
 * Redirects are not followed (a 3xx is an answer, not a delivery), nor are authentication challenges; cookies are not
 * kept; the response body is not decoded and is discarded as it arrives. Every name is resolved through
 * {@link GuardedAddressResolver}, so targets inside this machine or network are refused (a permanent failure) unless
 * the settings allow them. Never throws: every outcome, a refusal, timeout or connection error included, completes
 * the future. Nothing here logs (the relay logs outcomes), so credentials and secrets cannot reach a log.
 */
public class JettyCallbackSender implements SendCallbackPort, AutoCloseable {
    private final HttpClient client;
    private final CallbackSenderSettings settings;
    private final Clock clock;

    public JettyCallbackSender(CallbackSenderSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** {@code clock}: for {@code webhook-timestamp}, attempt times and {@code Retry-After} dates. Starts the client. */
    public JettyCallbackSender(CallbackSenderSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.client = newClient(settings);
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the callback HTTP client", e);
        }
        client.getContentDecoderFactories().clear();
        client.getProtocolHandlers().remove(RedirectProtocolHandler.NAME);
        client.getProtocolHandlers().remove(WWWAuthenticationProtocolHandler.NAME);
        client.getProtocolHandlers().remove(ProxyAuthenticationProtocolHandler.NAME);
    }

    @Override
    public CompletableFuture<SendResult> send(PendingCallback callback, WebhookSecrets secrets) {
        PostOutcome outcome = new PostOutcome(clock, settings.timeout());
        try {
            byte[] body = CallbackBody.of(callback);
            long timestamp = clock.instant().getEpochSecond();
            String signature = WebhookSigner.signature(callback.id(), timestamp, body, secrets);
            Request request = client.newRequest(URI.create(callback.target().url()))
                    .method(HttpMethod.POST)
                    .timeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                    .followRedirects(false)
                    .agent(settings.userAgent())
                    .body(new BytesRequestContent("application/json", body))
                    .headers(headers -> {
                        CustomHeaders.parse(callback.target().customHeader()).forEach(headers::put);
                        basicAuth(callback.target(), headers);
                        headers.put(WebhookSigner.ID_HEADER, callback.id());
                        headers.put(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp));
                        headers.put(WebhookSigner.SIGNATURE_HEADER, signature);
                    })
                    .onResponseHeaders(outcome::onHeaders)
                    .onResponseContent(outcome::onContent);
            request.send(outcome::onComplete);
        } catch (RuntimeException e) {
            outcome.failBeforeSending(e);
        }
        return outcome.future();
    }

    @Override
    public void close() throws Exception {
        client.stop();
    }

    private static void basicAuth(WebhookTarget target, HttpFields.Mutable headers) {
        if (target.username() == null || target.username().isEmpty()) {
            return;
        }
        String password = target.password() == null ? "" : target.password();
        String token = Base64.getEncoder().encodeToString((target.username() + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        headers.put(HttpHeader.AUTHORIZATION, "Basic " + token);
    }

    private static HttpClient newClient(CallbackSenderSettings settings) {
        long timeout = settings.timeout().toMillis();
        QueuedThreadPool threads = new QueuedThreadPool(64, 2);
        threads.setName("callback-sender");
        threads.setDaemon(true);
        ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler("callback-sender-scheduler", true);
        HttpClient client = new HttpClient();
        client.setExecutor(threads);
        client.setScheduler(scheduler);
        client.setSocketAddressResolver(new GuardedAddressResolver(
                new SocketAddressResolver.Async(threads, scheduler, timeout),
                new TargetAddressPolicy(settings.allowLoopbackTargets(), settings.allowPrivateTargets())));
        client.setFollowRedirects(false);
        client.setHttpCookieStore(new HttpCookieStore.Empty());
        client.setUserAgentField(null);
        client.setConnectTimeout(timeout);
        client.setAddressResolutionTimeout(timeout);
        client.setIdleTimeout(Math.max(timeout, 30_000));
        client.setMaxConnectionsPerDestination(settings.maxConnectionsPerEndpoint());
        client.setDestinationIdleTimeout(300_000);
        return client;
    }
}
