package io.payout.application.admission;

import java.time.Duration;
import java.util.Objects;

/**
 * When order creation is refused: while the engine's lag (how long the oldest due order nobody works on has waited)
 * is over {@code maxEngineLag}. A refused client is told to come back after {@code retryAfter}. A lag sample older
 * than {@code maxSampleAge} is not trusted, and creates are admitted (see {@link EngineLagGate}).
 */
public record AdmissionSettings(Duration maxEngineLag, Duration retryAfter, Duration maxSampleAge) {
    /** A sample is trusted for this many sampling intervals, and at least {@link #MIN_SAMPLE_AGE}. */
    public static final int SAMPLES_TRUSTED = 4;
    public static final Duration MIN_SAMPLE_AGE = Duration.ofSeconds(5);

    public AdmissionSettings {
        positive(maxEngineLag, "maxEngineLag");
        positive(retryAfter, "retryAfter");
        positive(maxSampleAge, "maxSampleAge");
    }

    /** With the sample trusted for {@value #SAMPLES_TRUSTED} intervals of {@code sampleInterval}, at least 5 s. */
    public static AdmissionSettings sampledEvery(Duration sampleInterval, Duration maxEngineLag, Duration retryAfter) {
        positive(sampleInterval, "sampleInterval");
        Duration trusted = sampleInterval.multipliedBy(SAMPLES_TRUSTED);
        return new AdmissionSettings(maxEngineLag, retryAfter,
                trusted.compareTo(MIN_SAMPLE_AGE) > 0 ? trusted : MIN_SAMPLE_AGE);
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
