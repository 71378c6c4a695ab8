package io.payout.domain.attempt;

import io.payout.domain.InvalidValueException;
import java.time.Duration;

/**
 * How often the engine asks gateways: open transactions are polled after half their age, but never sooner than
 * {@code firstPoll} nor later than {@code maxPoll}; transactions in manual review every {@code reviewPoll}; and a
 * settled transaction is watched for a reversal (or a late success) for {@code settledWatch} after it settled.
 */
public record EngineTimings(Duration firstPoll, Duration maxPoll, Duration reviewPoll, Duration settledWatch) {
    public EngineTimings {
        if (firstPoll == null || firstPoll.isNegative() || firstPoll.isZero()) {
            throw new InvalidValueException("firstPoll must be positive");
        }
        if (maxPoll == null || maxPoll.compareTo(firstPoll) < 0) {
            throw new InvalidValueException("maxPoll must be at least firstPoll");
        }
        if (reviewPoll == null || reviewPoll.isNegative() || reviewPoll.isZero()) {
            throw new InvalidValueException("reviewPoll must be positive");
        }
        if (settledWatch == null || settledWatch.isNegative()) {
            throw new InvalidValueException("settledWatch must be zero or more");
        }
    }

    public Duration pollDelay(Duration age) {
        Duration half = age.dividedBy(2);
        return half.compareTo(firstPoll) < 0 ? firstPoll : half.compareTo(maxPoll) > 0 ? maxPoll : half;
    }
}
