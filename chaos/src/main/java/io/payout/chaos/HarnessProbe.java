package io.payout.chaos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Checks the harness's own servers (the fake gateway, the callback receiver) still answer at once, every 15 s during
 * the run and at the end, so that a stalled harness is reported as such and never blamed on the service.
 */
final class HarnessProbe {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final FakeRazorpayX gateway;
    private final CallbackReceiver receiver;
    private final Consumer<String> log;
    private final AtomicInteger slow = new AtomicInteger();
    private volatile boolean stopped;

    HarnessProbe(FakeRazorpayX gateway, CallbackReceiver receiver, Consumer<String> log) {
        this.gateway = gateway;
        this.receiver = receiver;
        this.log = log;
    }

    void startInBackground() {
        Thread thread = new Thread(() -> {
            while (!stopped) {
                sleep(15_000);
                if (!stopped) {
                    probe(false);
                }
            }
        }, "harness-probe");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        stopped = true;
    }

    int slowProbes() {
        return slow.get();
    }

    /** True when both answered within 2 s. A receiver that is down on purpose counts as answering. */
    boolean probe(boolean receiverMustBeUp) {
        boolean gatewayOk = answers(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/v1/payouts?account_number="
                        + FakeRazorpayX.ACCOUNT + "&reference_id=probe")).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((FakeRazorpayX.KEY_ID + ":" + FakeRazorpayX.KEY_SECRET)
                        .getBytes(StandardCharsets.UTF_8))), "fake gateway");
        boolean receiverOk = (!receiverMustBeUp && !receiver.isUp())
                || answers(HttpRequest.newBuilder(URI.create(receiver.url())), "callback receiver");
        return gatewayOk && receiverOk;
    }

    private boolean answers(HttpRequest.Builder request, String what) {
        long start = System.nanoTime();
        try {
            int status = http.send(request.timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > 1000) {
                slow.incrementAndGet();
                log.accept("harness probe: " + what + " answered " + status + " after " + millis + " ms");
            }
            return true;
        } catch (Exception e) {
            slow.incrementAndGet();
            log.accept("harness probe: " + what + " did not answer within 2 s: " + e);
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
