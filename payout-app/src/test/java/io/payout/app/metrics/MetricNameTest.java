package io.payout.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.app.metrics.MetricName.Label;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricNameTest {
    @Test
    void labelsAreWrittenInBracesInTheOrderGivenAndReadBack() {
        String name = MetricName.of("payout.gateway.answers.total", "gateway", "DUMMY", "method", "DUMMY_IMPS");

        assertThat(name).isEqualTo("payout.gateway.answers.total{gateway=DUMMY,method=DUMMY_IMPS}");
        assertThat(MetricName.parse(name)).isEqualTo(new MetricName("payout.gateway.answers.total",
                List.of(new Label("gateway", "DUMMY"), new Label("method", "DUMMY_IMPS"))));
    }

    @Test
    void aNameWithoutLabelsIsItsOwnBase() {
        assertThat(MetricName.of("jvm.threads.count")).isEqualTo("jvm.threads.count");
        assertThat(MetricName.parse("jvm.threads.count")).isEqualTo(new MetricName("jvm.threads.count", List.of()));
    }

    @Test
    void charactersThatWouldBreakTheNameAreReplacedInValues() {
        assertThat(MetricName.of("x", "endpoint", "a,b=c{d}\ne")).isEqualTo("x{endpoint=a_b_c_d__e}");
        assertThat(MetricName.of("x", "empty", null)).isEqualTo("x{empty=}");
        assertThat(MetricName.parse("x{empty=}").labels()).containsExactly(new Label("empty", ""));
    }

    @Test
    void badKeysAreRefusedWhenTheNameIsMade() {
        assertThatThrownBy(() -> MetricName.of("x", "9key", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MetricName.of("x", "quantile", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MetricName.of("x", "a", "1", "a", "2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MetricName.of("x", "a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedLabelsLeaveAPlainName() {
        for (String name : List.of("{a=1}", "x{a=1", "x{}", "x{a}", "x{a=1,,b=2}", "x{a=1,a=2}", "x{quantile=1}",
                "x{a-b=1}", "x{a=1}{b=2}")) {
            assertThat(MetricName.parse(name)).as(name).isEqualTo(new MetricName(name, List.of()));
        }
    }
}
