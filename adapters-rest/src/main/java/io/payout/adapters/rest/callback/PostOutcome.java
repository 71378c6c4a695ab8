package io.payout.adapters.rest.callback;

import io.payout.application.callback.DeliveryAttempt;
import io.payout.application.callback.SendResult;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EofException;

/**
 * Follows one post and turns it into a {@link SendResult}: the status (and {@code Retry-After}) once response headers
 * arrive, whatever then happens to the body, which is discarded, and cut off past {@value #MAX_BODY_BYTES} bytes;
 * without a status, a short error text, permanent when the address guard refused the target. Completes exactly once.
 */
final class PostOutcome {
    static final int MAX_BODY_BYTES = 64 * 1024;
    private final CompletableFuture<SendResult> future = new CompletableFuture<>();
    private final Clock clock;
    private final Duration timeout;
    private final Instant startedAt;
    private final long startNanos = System.nanoTime();
    private volatile Integer status;
    private volatile Duration retryAfter;
    private long bodyBytes;

    PostOutcome(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
        this.startedAt = clock.instant();
    }

    CompletableFuture<SendResult> future() {
        return future;
    }

    void onHeaders(Response response) {
        retryAfter = RetryAfter.parse(response.getHeaders().get(HttpHeader.RETRY_AFTER), clock.instant());
        status = response.getStatus();
    }

    void onContent(Response response, ByteBuffer chunk) {
        long before = bodyBytes;
        bodyBytes += chunk.remaining();
        if (before <= MAX_BODY_BYTES && bodyBytes > MAX_BODY_BYTES) {
            response.abort(new IllegalStateException("response body longer than " + MAX_BODY_BYTES + " bytes"));
        }
    }

    void onComplete(Result result) {
        Integer answered = status;
        if (answered != null) {
            complete(answered, null, retryAfter, false);
            return;
        }
        Throwable failure = result.getFailure();
        TargetRefusedException refused = find(failure, TargetRefusedException.class);
        if (refused != null) {
            complete(null, refused.getMessage(), null, true);
        } else {
            complete(null, describe(failure), null, false);
        }
    }

    /** The post could not even be made (a malformed URL, secret or info). */
    void failBeforeSending(RuntimeException e) {
        complete(null, "not sent: " + brief(e), null, false);
    }

    private void complete(Integer httpStatus, String error, Duration retry, boolean permanent) {
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        future.complete(new SendResult(new DeliveryAttempt(startedAt, took, httpStatus, error), retry, permanent));
    }

    private String describe(Throwable failure) {
        if (failure == null) {
            return "no response";
        }
        if (find(failure, TimeoutException.class) != null) {
            return "timed out after " + timeout.toMillis() + " ms";
        }
        if (find(failure, SocketTimeoutException.class) != null) {
            return "connect timed out";
        }
        if (find(failure, ConnectException.class) != null) {
            return "connection refused";
        }
        if (find(failure, UnknownHostException.class) != null) {
            return "unknown host: " + find(failure, UnknownHostException.class).getMessage();
        }
        if (find(failure, SSLException.class) != null) {
            return "TLS failed: " + brief(find(failure, SSLException.class));
        }
        if (find(failure, EofException.class) != null || find(failure, ClosedChannelException.class) != null) {
            return "connection closed before a response";
        }
        return brief(failure);
    }

    private static String brief(Throwable failure) {
        String text = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
