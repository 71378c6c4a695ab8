package io.payout.app;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/** Polling with a deadline, instead of sleeping and hoping: asks every 50 ms until the answer is the one awaited. */
final class Eventually {
    private static final long PAUSE_MILLIS = 50;

    private Eventually() {
    }

    /**
     * The first answer of {@code probe} that {@code done} accepts.
     *
     * @throws AssertionError naming {@code what} and showing the last answer, if none is accepted within
     *         {@code timeout}
     */
    static <T> T await(String what, Duration timeout, Callable<T> probe, Predicate<? super T> done) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.call();
        while (!done.test(last)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not " + what + " within " + timeout.toMillis() + " ms; last seen: " + last);
            }
            Thread.sleep(PAUSE_MILLIS);
            last = probe.call();
        }
        return last;
    }
}
