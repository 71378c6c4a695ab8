package io.payout.gateway.dummy;

import io.payout.gateway.spi.GatewayResult;
import java.util.random.RandomGenerator;

/**
 * Loses a share of the sandbox's answers at random, as Juspay's sandbox times out 16% of its responses. One random
 * source may be shared by several views of a sandbox; draws from it are serialised, so it need not be thread-safe.
 */
final class LostAnswers {
    private final double share;
    private final RandomGenerator random;
    private final Object lock;

    LostAnswers(double share, RandomGenerator random) {
        this(share, random, new Object());
    }

    private LostAnswers(double share, RandomGenerator random, Object lock) {
        this.share = share;
        this.random = random;
        this.lock = lock;
    }

    /** The same random source, losing another share of the answers. */
    LostAnswers withShare(double otherShare) {
        return new LostAnswers(otherShare, random, lock);
    }

    /** {@code answer}, or, with probability {@code share}, a timeout in its place. */
    GatewayResult deliver(GatewayResult answer, String transactionRef) {
        return isLost() ? NoAnswer.TIMEOUT.answer(transactionRef) : answer;
    }

    private boolean isLost() {
        if (share == 0) {
            return false;
        }
        synchronized (lock) {
            return random.nextDouble() < share;
        }
    }
}
