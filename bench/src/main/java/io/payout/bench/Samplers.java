package io.payout.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A background thread sampling every 250 ms: the service's heap (jvm.memory.heap.used from the admin port's
 * /metrics, no JMX) and, inside the measured window, pg_stat_activity of the bench database.
 */
final class Samplers implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("\"jvm\\.memory\\.heap\\.used\"\\s*:\\s*\\{\\s*\"value\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI metrics;
    private final DbStats db;
    private final PayoutTracker tracker;
    private final Thread thread;
    private volatile boolean running = true;
    volatile long peakHeapBytes;
    volatile int heapSamples;
    final Map<String, Integer> activity = new TreeMap<>();
    volatile int activitySamples;

    Samplers(URI admin, DbStats db, PayoutTracker tracker) {
        this.metrics = admin.resolve("/metrics");
        this.db = db;
        this.tracker = tracker;
        this.thread = new Thread(this::loop, "samplers");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                String body = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = HEAP_USED.matcher(body);
                if (m.find()) {
                    peakHeapBytes = Math.max(peakHeapBytes, Long.parseLong(m.group(1)));
                    heapSamples++;
                }
                if (tracker.inWindow(System.nanoTime())) {
                    Map<String, Integer> sample = db.activity();
                    synchronized (activity) {
                        sample.forEach((k, v) -> activity.merge(k, v, Integer::sum));
                    }
                    activitySamples++;
                }
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // a missed sample; keep sampling
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(2000);
    }
}
