package io.payout.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Clock;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.Histogram;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import com.codahale.metrics.UniformReservoir;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PrometheusTextFormatTest {
    private static final Pattern COMMENT = Pattern.compile("# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .*");
    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\]|\\\\.)*\""
                    + "(,[a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\]|\\\\.)*\")*})? (NaN|[+-]Inf|-?[0-9.]+(E-?[0-9]+)?)");

    private final ManualClock clock = new ManualClock();
    private final MetricRegistry registry = new MetricRegistry();

    @Test
    void everyMetricTypeRendersItsFamilyInNameOrder() throws IOException {
        registry.register("payouts.pending", (Gauge<Integer>) () -> 7);
        registry.counter("jetty.active-requests").inc(3);
        Meter meter = registry.register("gateway.calls", new Meter(clock));
        meter.mark(4);
        registry.register("batch.size", new Histogram(new UniformReservoir())).update(25);
        registry.register("gateway.latency", new Timer(new UniformReservoir(), clock)).update(Duration.ofMillis(250));
        clock.advance(2, TimeUnit.SECONDS);

        assertThat(render()).isEqualTo("""
                # HELP batch_size Dropwizard histogram batch.size
                # TYPE batch_size summary
                batch_size{quantile="0.5"} 25.0
                batch_size{quantile="0.75"} 25.0
                batch_size{quantile="0.95"} 25.0
                batch_size{quantile="0.98"} 25.0
                batch_size{quantile="0.99"} 25.0
                batch_size{quantile="0.999"} 25.0
                batch_size_count 1
                # HELP gateway_calls_total Dropwizard meter gateway.calls, events
                # TYPE gateway_calls_total counter
                gateway_calls_total 4
                # HELP gateway_calls_m1_rate Dropwizard meter gateway.calls, one-minute rate per second
                # TYPE gateway_calls_m1_rate gauge
                gateway_calls_m1_rate 0.0
                # HELP gateway_calls_m5_rate Dropwizard meter gateway.calls, five-minute rate per second
                # TYPE gateway_calls_m5_rate gauge
                gateway_calls_m5_rate 0.0
                # HELP gateway_calls_m15_rate Dropwizard meter gateway.calls, fifteen-minute rate per second
                # TYPE gateway_calls_m15_rate gauge
                gateway_calls_m15_rate 0.0
                # HELP gateway_calls_mean_rate Dropwizard meter gateway.calls, mean rate per second
                # TYPE gateway_calls_mean_rate gauge
                gateway_calls_mean_rate 2.0
                # HELP gateway_latency_seconds Dropwizard timer gateway.latency, seconds
                # TYPE gateway_latency_seconds summary
                gateway_latency_seconds{quantile="0.5"} 0.25
                gateway_latency_seconds{quantile="0.75"} 0.25
                gateway_latency_seconds{quantile="0.95"} 0.25
                gateway_latency_seconds{quantile="0.98"} 0.25
                gateway_latency_seconds{quantile="0.99"} 0.25
                gateway_latency_seconds{quantile="0.999"} 0.25
                gateway_latency_seconds_count 1
                # HELP jetty_active_requests Dropwizard counter jetty.active-requests
                # TYPE jetty_active_requests gauge
                jetty_active_requests 3
                # HELP payouts_pending Dropwizard gauge payouts.pending
                # TYPE payouts_pending gauge
                payouts_pending 7
                """);
    }

    @Test
    void namesAreSanitizedToThePrometheusAlphabet() {
        assertThat(PrometheusValues.sanitize("io.payout.engine.claim-batch")).isEqualTo("io_payout_engine_claim_batch");
        assertThat(PrometheusValues.sanitize("jvm:memory heap/used%")).isEqualTo("jvm:memory_heap_used_");
        assertThat(PrometheusValues.sanitize("5xx-responses")).isEqualTo("_5xx_responses");
        assertThat(PrometheusValues.sanitize("")).isEqualTo("_");
    }

    @Test
    void specialValuesAreWrittenTheWayPrometheusParsesThem() throws IOException {
        registry.register("a.nan", (Gauge<Double>) () -> Double.NaN);
        registry.register("b.up", (Gauge<Double>) () -> Double.POSITIVE_INFINITY);
        registry.register("c.down", (Gauge<Float>) () -> Float.NEGATIVE_INFINITY);
        registry.register("d.ratio", (Gauge<Double>) () -> 0.0001);
        registry.register("e.big", (Gauge<Long>) () -> Long.MAX_VALUE);

        assertThat(samples()).containsExactly("a_nan NaN", "b_up +Inf", "c_down -Inf", "d_ratio 1.0E-4",
                "e_big 9223372036854775807");
    }

    @Test
    void quantilesOfATimerThatHasSeenNothingAreNaNNotZero() throws IOException {
        registry.timer(MetricName.of("callbacks.delivery", "outcome", "failed"));

        assertThat(samples()).contains("callbacks_delivery_seconds{outcome=\"failed\",quantile=\"0.5\"} NaN",
                "callbacks_delivery_seconds{outcome=\"failed\",quantile=\"0.999\"} NaN",
                "callbacks_delivery_seconds_count{outcome=\"failed\"} 0");
    }

    @Test
    void gaugesWithoutANumberAreSkipped() throws IOException {
        registry.register("status.text", (Gauge<String>) () -> "ok");
        registry.register("status.missing", (Gauge<Integer>) () -> null);
        registry.register("status.broken", (Gauge<Integer>) () -> {
            throw new IllegalStateException("pool closed");
        });
        registry.register("status.threads", (Gauge<Integer>) () -> 12);

        assertThat(render()).doesNotContain("status_text", "status_missing", "status_broken")
                .contains("status_threads 12");
    }

    @Test
    void aNameThatSanitizesOntoAnEarlierFamilyIsSkippedNotDuplicated() throws IOException {
        registry.counter("queue-depth").inc(1);
        registry.counter("queue.depth").inc(2);

        assertThat(render()).containsOnlyOnce("# TYPE queue_depth gauge").contains("queue_depth 1")
                .doesNotContain("queue_depth 2");
    }

    @Test
    void everyLineIsACommentOrANameOptionalLabelsAndValue() throws IOException {
        registry.register("weird name.with-dashes", (Gauge<Double>) () -> Double.NaN);
        registry.counter("9lives").dec();
        registry.meter("requests").mark();
        registry.histogram("sizes").update(3);
        registry.timer("latency").update(Duration.ofNanos(1));
        registry.timer(MetricName.of("api", "endpoint", "OrderResource.create", "status", "2xx")).update(
                Duration.ofMillis(3));
        registry.counter("escaped{v=a\\b\"c}").inc();

        String text = render();
        assertThat(text).endsWith("\n");
        assertThat(text.split("\n")).isNotEmpty()
                .allSatisfy(line -> assertThat(COMMENT.matcher(line).matches() || SAMPLE.matcher(line).matches())
                        .as("line <%s>", line).isTrue());
    }

    @Test
    void labelledNamesAreOneFamilyWithOneHelpAndTypeAndTheirLabels() throws IOException {
        registry.counter(MetricName.of("payout.orders.created.total", "type", "FULFILL_ONLY")).inc(2);
        registry.counter("payout.orders.created.totally.different").inc();
        registry.counter(MetricName.of("payout.orders.created.total", "type", "PAY_AND_FULFILL")).inc();

        assertThat(render()).isEqualTo("""
                # HELP payout_orders_created_totally_different Dropwizard counter payout.orders.created.totally.different
                # TYPE payout_orders_created_totally_different gauge
                payout_orders_created_totally_different 1
                # HELP payout_orders_created_total Dropwizard counter payout.orders.created.total
                # TYPE payout_orders_created_total counter
                payout_orders_created_total{type="FULFILL_ONLY"} 2
                payout_orders_created_total{type="PAY_AND_FULFILL"} 1
                """);
    }

    @Test
    void samplesOfAFamilyStayTogetherWhenAnotherFamilySortsBetweenThem() throws IOException {
        registry.counter("a.b{x=1}").inc(1);
        registry.counter("a_b.c").inc(2);
        registry.counter("a_b{x=3}").inc(3);

        assertThat(render()).isEqualTo("""
                # HELP a_b Dropwizard counter a.b
                # TYPE a_b gauge
                a_b{x="1"} 1
                a_b{x="3"} 3
                # HELP a_b_c Dropwizard counter a_b.c
                # TYPE a_b_c gauge
                a_b_c 2
                """);
    }

    @Test
    void labelledTimersAreSummariesWithTheirLabelsBeforeTheQuantile() throws IOException {
        registry.register(MetricName.of("payout.gateway.calls", "gateway", "DUMMY", "operation", "initiate"),
                new Timer(new UniformReservoir(), clock)).update(Duration.ofMillis(20));
        registry.register(MetricName.of("payout.gateway.calls", "gateway", "DUMMY", "operation", "inquire"),
                new Timer(new UniformReservoir(), clock)).update(Duration.ofMillis(40));

        String text = render();

        assertThat(text).containsOnlyOnce("# TYPE payout_gateway_calls_seconds summary\n")
                .contains("payout_gateway_calls_seconds{gateway=\"DUMMY\",operation=\"initiate\",quantile=\"0.5\"}"
                        + " 0.02\n")
                .contains("payout_gateway_calls_seconds_count{gateway=\"DUMMY\",operation=\"initiate\"} 1\n")
                .contains("payout_gateway_calls_seconds{gateway=\"DUMMY\",operation=\"inquire\",quantile=\"0.99\"}"
                        + " 0.04\n")
                .contains("payout_gateway_calls_seconds_count{gateway=\"DUMMY\",operation=\"inquire\"} 1\n");
    }

    @Test
    void labelledGaugesAndCountersThatMayGoDownAreGauges() throws IOException {
        registry.register(MetricName.of("payout.backlog.items", "queue", "orders"), (Gauge<Long>) () -> 3L);
        registry.register(MetricName.of("payout.backlog.items", "queue", "callbacks"), (Gauge<Long>) () -> 0L);
        registry.counter(MetricName.of("jobs.running", "pool", "a")).dec();

        assertThat(samples()).containsExactly("jobs_running{pool=\"a\"} -1",
                "payout_backlog_items{queue=\"callbacks\"} 0", "payout_backlog_items{queue=\"orders\"} 3");
        assertThat(render()).contains("# TYPE jobs_running gauge", "# TYPE payout_backlog_items gauge");
    }

    @Test
    void aMetricOfAnotherKindOrWithLabelsAlreadyWrittenInAFamilyIsSkipped() throws IOException {
        registry.counter(MetricName.of("work.total", "queue", "a")).inc(1);
        registry.meter(MetricName.of("work", "queue", "b")).mark();
        registry.counter(MetricName.of("work_total", "queue", "a")).inc(5);

        assertThat(render()).containsOnlyOnce("# TYPE work_total counter").contains("work_total{queue=\"a\"} 1\n")
                .doesNotContain("work_total{queue=\"b\"}", "work_total{queue=\"a\"} 5")
                .contains("work_m1_rate{queue=\"b\"}");
    }

    @Test
    void labelValuesAreEscapedAndMalformedLabelsLeaveAPlainName() throws IOException {
        registry.counter("odd{path=C:\\dir \"x\"}").inc();
        registry.counter("broken{novalue}").inc();
        registry.counter("twice{a=1,a=2}").inc();

        assertThat(samples()).containsExactly("broken_novalue_ 1", "odd{path=\"C:\\\\dir \\\"x\\\"\"} 1",
                "twice_a_1_a_2_ 1");
    }

    private String render() throws IOException {
        StringWriter out = new StringWriter();
        PrometheusTextFormat.write(registry, out);
        return out.toString();
    }

    private String[] samples() throws IOException {
        return render().lines().filter(line -> !line.startsWith("#")).toArray(String[]::new);
    }

    private static final class ManualClock extends Clock {
        private long nanos;

        void advance(long amount, TimeUnit unit) {
            nanos += unit.toNanos(amount);
        }

        @Override
        public long getTick() {
            return nanos;
        }
    }
}
