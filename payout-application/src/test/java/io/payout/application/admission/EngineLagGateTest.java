package io.payout.application.admission;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.fakes.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gate over a scripted oldest due order, on a clock the test moves: 5 s allowed, samples trusted for 5 s. */
class EngineLagGateTest {
    private static final Instant START = Instant.parse("2024-03-01T10:00:00Z");
    private static final Duration MAX_LAG = Duration.ofSeconds(5);
    private final MutableClock clock = new MutableClock(START);
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Optional<Instant> oldestDue = Optional.empty();
    private RuntimeException failure;
    private final EngineLagGate gate = new EngineLagGate(now -> {
        if (failure != null) {
            throw failure;
        }
        return oldestDue.filter(at -> !at.isAfter(now));
    }, AdmissionSettings.sampledEvery(Duration.ofMillis(250), MAX_LAG, Duration.ofSeconds(2)), clock);

    private final Logger log = Logger.getLogger(EngineLagGate.class.getName());

    @BeforeEach
    void captureLog() {
        log.addHandler(capture);
        log.setUseParentHandlers(false);
    }

    @AfterEach
    void releaseLog() {
        log.removeHandler(capture);
        log.setUseParentHandlers(true);
    }

    @Test
    void admitsBeforeTheFirstSampleAndWhileNothingIsDue() {
        assertThat(gate.admitsNewOrders()).isTrue();

        gate.sample();

        assertThat(gate.admitsNewOrders()).isTrue();
        assertThat(gate.lag()).isZero();
    }

    @Test
    void admitsWhileTheLagIsUpToTheThreshold() {
        oldestDue = Optional.of(START.minus(MAX_LAG));

        gate.sample();

        assertThat(gate.lag()).isEqualTo(MAX_LAG);
        assertThat(gate.admitsNewOrders()).isTrue();
    }

    @Test
    void refusesOnceTheLagIsOverTheThresholdAndAdmitsAgainWhenItFallsBack() {
        oldestDue = Optional.of(START.minusSeconds(6));
        gate.sample();

        assertThat(gate.admitsNewOrders()).isFalse();
        assertThat(gate.retryAfter()).isEqualTo(Duration.ofSeconds(2));

        oldestDue = Optional.of(START.minusSeconds(1));
        clock.advance(Duration.ofMillis(250));
        gate.sample();

        assertThat(gate.lag()).isEqualTo(Duration.ofMillis(1250));
        assertThat(gate.admitsNewOrders()).isTrue();
    }

    @Test
    void aFailedSampleKeepsTheLastDecisionUntilItIsStaleThenAdmits() {
        oldestDue = Optional.of(START.minusSeconds(60));
        gate.sample();
        failure = new IllegalStateException("connection refused");

        clock.advance(Duration.ofSeconds(5));
        gate.sample();
        assertThat(gate.admitsNewOrders()).as("the last sample is 5 s old: still trusted").isFalse();

        clock.advance(Duration.ofMillis(250));
        gate.sample();
        assertThat(gate.admitsNewOrders()).as("stale").isTrue();
        assertThat(gate.lag()).as("the last lag known").isEqualTo(Duration.ofSeconds(60));

        failure = null;
        gate.sample();
        assertThat(gate.admitsNewOrders()).as("sampled again, still behind").isFalse();
    }

    @Test
    void aSamplerThatStopsSamplingDoesNotKeepRefusing() {
        oldestDue = Optional.of(START.minusSeconds(60));
        gate.sample();

        clock.advance(Duration.ofSeconds(6));

        assertThat(gate.admitsNewOrders()).isTrue();
    }

    @Test
    void neverSampledSuccessfullyMeansAdmitted() {
        failure = new IllegalStateException("database down");

        gate.sample();

        assertThat(gate.admitsNewOrders()).isTrue();
    }

    @Test
    void eachSwitchIsLoggedOnceWithTheCreatesRefusedMeanwhile() {
        oldestDue = Optional.of(START.minusSeconds(10));
        for (int i = 0; i < 4; i++) {
            gate.sample();
            gate.refused();
            clock.advance(Duration.ofSeconds(1));
        }
        oldestDue = Optional.empty();
        gate.sample();
        gate.sample();

        assertThat(messages()).containsExactly(
                "WARNING Refusing new orders: the oldest due order has waited 10.0 s for the engine, over"
                        + " admission.maxEngineLag 5.0 s; creates get 429 E10 with Retry-After 2 s until it is back"
                        + " under",
                "INFO Accepting new orders again: the engine's lag is 0.0 s, under admission.maxEngineLag 5.0 s;"
                        + " 4 creates were refused in 4.0 s");
    }

    @Test
    void samplingFailuresAreLoggedOncePerSpellAndReopeningOnAStaleSampleSaysSo() {
        oldestDue = Optional.of(START.minusSeconds(10));
        gate.sample();
        failure = new IllegalStateException("connection refused");
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofMillis(250));
            gate.sample();
        }
        failure = null;
        oldestDue = Optional.empty();
        gate.sample();

        assertThat(messages()).hasSize(4);
        assertThat(messages().get(1)).startsWith("WARNING Could not sample the engine's lag; creates are decided on"
                + " the last sample for at most 5 s, then admitted until it works");
        assertThat(logged.get(1).getThrown()).hasMessage("connection refused");
        assertThat(messages().get(2)).isEqualTo("INFO Accepting new orders again: the engine's lag could not be"
                + " sampled for 5 s; 0 creates were refused in 5.3 s");
        assertThat(messages().get(3)).isEqualTo("INFO Sampling the engine's lag works again, after failing for"
                + " 7.3 s");
    }

    @Test
    void samplesAreTrustedForFourIntervalsAndAtLeastFiveSeconds() {
        assertThat(AdmissionSettings.sampledEvery(Duration.ofMillis(250), MAX_LAG, Duration.ofSeconds(1))
                .maxSampleAge()).isEqualTo(Duration.ofSeconds(5));
        assertThat(AdmissionSettings.sampledEvery(Duration.ofSeconds(2), MAX_LAG, Duration.ofSeconds(1))
                .maxSampleAge()).isEqualTo(Duration.ofSeconds(8));
    }

    private List<String> messages() {
        return logged.stream().map(r -> (r.getLevel() == Level.WARNING ? "WARNING " : r.getLevel() + " ")
                + r.getMessage()).toList();
    }
}
