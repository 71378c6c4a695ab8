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
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a Dropwizard {@link MetricRegistry} in the Prometheus text exposition format 0.0.4, families in the order
 * of their first metric's name. A name with labels ({@link MetricName}: {@code base{key=value}}) is a sample of the
 * family of its base, with those labels; every sample of a family is written under its one HELP and TYPE.
 * Counters become counters when their name ends in {@code .total} or {@code _total} (our convention for counts that
 * only go up), else gauges (a Dropwizard counter may go down); meters a {@code _total} counter plus per-second
 * rate gauges; histograms and timers (in seconds, name suffixed {@code _seconds}) a summary of quantiles and
 * {@code _count} without {@code _sum}, which Dropwizard cannot give exactly (quantiles {@code NaN} while nothing
 * was observed in the reservoir's window, as Prometheus' own clients write them). Gauges without a number are skipped,
 * and so is a metric whose family an earlier metric of another kind took, or whose labels it already wrote.
 */
public final class PrometheusTextFormat {
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final double[] QUANTILES = {0.5, 0.75, 0.95, 0.98, 0.99, 0.999};
    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final PrometheusFamilies families = new PrometheusFamilies();

    private PrometheusTextFormat() {
    }

    public static void write(MetricRegistry registry, Writer out) throws IOException {
        PrometheusTextFormat format = new PrometheusTextFormat();
        for (Map.Entry<String, Metric> entry : new TreeMap<>(registry.getMetrics()).entrySet()) {
            format.metric(entry.getKey(), entry.getValue());
        }
        format.families.writeTo(out);
        out.flush();
    }

    private void metric(String name, Metric metric) {
        MetricName parsed = MetricName.parse(name);
        String base = PrometheusValues.sanitize(parsed.base());
        String labels = PrometheusValues.labels(parsed.labels());
        if (metric instanceof Gauge<?> gauge) {
            String value = gaugeValue(gauge);
            if (value != null) {
                families.sample(base, "gauge", "Dropwizard gauge " + parsed.base(), Gauge.class, labels, value);
            }
        } else if (metric instanceof Counter counter) {
            boolean total = base.endsWith("_total");
            families.sample(base, total ? "counter" : "gauge", "Dropwizard counter " + parsed.base(), Counter.class,
                    labels, Long.toString(counter.getCount()));
        } else if (metric instanceof Meter meter) {
            families.sample(base + "_total", "counter", "Dropwizard meter " + parsed.base() + ", events",
                    Meter.class, labels, Long.toString(meter.getCount()));
            rate(base + "_m1_rate", parsed.base(), "one-minute", labels, meter.getOneMinuteRate());
            rate(base + "_m5_rate", parsed.base(), "five-minute", labels, meter.getFiveMinuteRate());
            rate(base + "_m15_rate", parsed.base(), "fifteen-minute", labels, meter.getFifteenMinuteRate());
            rate(base + "_mean_rate", parsed.base(), "mean", labels, meter.getMeanRate());
        } else if (metric instanceof Histogram histogram) {
            summary(base, "Dropwizard histogram " + parsed.base(), Histogram.class, labels,
                    histogram.getSnapshot(), histogram.getCount(), 1d);
        } else if (metric instanceof Timer timer) {
            summary(base + "_seconds", "Dropwizard timer " + parsed.base() + ", seconds", Timer.class, labels,
                    timer.getSnapshot(), timer.getCount(), NANOS_PER_SECOND);
        }
    }

    private static String gaugeValue(Gauge<?> gauge) {
        try {
            return gauge.getValue() instanceof Number number ? PrometheusValues.format(number) : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private void rate(String family, String name, String which, String labels, double perSecond) {
        families.sample(family, "gauge", "Dropwizard meter " + name + ", " + which + " rate per second",
                Meter.class, labels, PrometheusValues.format(perSecond));
    }

    private void summary(String family, String help, Class<? extends Metric> kind, String labels,
                         Snapshot snapshot, long count, double divisor) {
        PrometheusFamilies.Samples samples = families.open(family, "summary", help, kind, labels);
        if (samples == null) {
            return;
        }
        boolean empty = snapshot.size() == 0;
        for (double quantile : QUANTILES) {
            samples.add(family, PrometheusValues.withLabel(labels, MetricName.QUANTILE,
                    PrometheusValues.format(quantile)),
                    PrometheusValues.format(empty ? Double.NaN : snapshot.getValue(quantile) / divisor));
        }
        samples.add(family + "_count", labels, Long.toString(count));
    }
}
