package io.payout.app.metrics;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.Histogram;
import com.codahale.metrics.Meter;
import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Snapshot;
import com.codahale.metrics.Timer;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a Dropwizard {@link MetricRegistry} in the Prometheus text exposition format 0.0.4, in name order.
 * Counters become gauges (a Dropwizard counter may go down); meters a {@code _total} counter plus per-second
 * rate gauges; histograms and timers (in seconds, name suffixed {@code _seconds}) a summary of quantiles and
 * {@code _count} without {@code _sum}, which Dropwizard cannot give exactly. Gauges without a number are
 * skipped, and so is any family whose sanitized name an earlier family already took.
 */
public final class PrometheusTextFormat {
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final double[] QUANTILES = {0.5, 0.75, 0.95, 0.98, 0.99, 0.999};
    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final Writer out;
    private final Set<String> families = new HashSet<>();

    private PrometheusTextFormat(Writer out) {
        this.out = out;
    }

    public static void write(MetricRegistry registry, Writer out) throws IOException {
        PrometheusTextFormat format = new PrometheusTextFormat(out);
        for (Map.Entry<String, Metric> entry : new TreeMap<>(registry.getMetrics()).entrySet()) {
            format.metric(entry.getKey(), entry.getValue());
        }
        out.flush();
    }

    private void metric(String name, Metric metric) throws IOException {
        String base = PrometheusValues.sanitize(name);
        if (metric instanceof Gauge<?> gauge) {
            String value = gaugeValue(gauge);
            if (value != null && family(base, "gauge", "Dropwizard gauge " + name)) {
                sample(base, "", value);
            }
        } else if (metric instanceof Counter counter) {
            if (family(base, "gauge", "Dropwizard counter " + name)) {
                sample(base, "", Long.toString(counter.getCount()));
            }
        } else if (metric instanceof Meter meter) {
            if (family(base + "_total", "counter", "Dropwizard meter " + name + ", events")) {
                sample(base + "_total", "", Long.toString(meter.getCount()));
            }
            rate(base + "_m1_rate", name, "one-minute", meter.getOneMinuteRate());
            rate(base + "_m5_rate", name, "five-minute", meter.getFiveMinuteRate());
            rate(base + "_m15_rate", name, "fifteen-minute", meter.getFifteenMinuteRate());
            rate(base + "_mean_rate", name, "mean", meter.getMeanRate());
        } else if (metric instanceof Histogram histogram) {
            summary(base, "Dropwizard histogram " + name, histogram.getSnapshot(), histogram.getCount(), 1d);
        } else if (metric instanceof Timer timer) {
            summary(base + "_seconds", "Dropwizard timer " + name + ", seconds", timer.getSnapshot(),
                    timer.getCount(), NANOS_PER_SECOND);
        }
    }

    private static String gaugeValue(Gauge<?> gauge) {
        try {
            return gauge.getValue() instanceof Number number ? PrometheusValues.format(number) : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private void rate(String family, String name, String which, double perSecond) throws IOException {
        if (family(family, "gauge", "Dropwizard meter " + name + ", " + which + " rate per second")) {
            sample(family, "", PrometheusValues.format(perSecond));
        }
    }

    private void summary(String family, String help, Snapshot snapshot, long count, double divisor)
            throws IOException {
        if (!family(family, "summary", help)) {
            return;
        }
        for (double quantile : QUANTILES) {
            sample(family, "{quantile=\"" + PrometheusValues.format(quantile) + "\"}",
                    PrometheusValues.format(snapshot.getValue(quantile) / divisor));
        }
        sample(family + "_count", "", Long.toString(count));
    }

    private boolean family(String name, String type, String help) throws IOException {
        if (!families.add(name)) {
            return false;
        }
        out.write("# HELP " + name + " " + PrometheusValues.escapeHelp(help) + "\n");
        out.write("# TYPE " + name + " " + type + "\n");
        return true;
    }

    private void sample(String name, String labels, String value) throws IOException {
        out.write(name + labels + " " + value + "\n");
    }
}
