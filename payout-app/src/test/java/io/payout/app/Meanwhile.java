package io.payout.app;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * The other half of {@link Eventually}: that something keeps holding for a while (nothing happens that should
 * not), checked every 50 ms, failing at the first answer that breaks it.
 */
final class Meanwhile {
    private static final long PAUSE_MILLIS = 50;

    private Meanwhile() {
    }

    /** @return the last answer, every one of which {@code invariant} accepted for {@code during} */
    static <T> T holds(String what, Duration during, Callable<T> probe, Predicate<? super T> invariant)
            throws Exception {
        long end = System.nanoTime() + during.toNanos();
        T last;
        do {
            last = probe.call();
            if (!invariant.test(last)) {
                throw new AssertionError("no longer " + what + "; seen: " + last);
            }
            Thread.sleep(PAUSE_MILLIS);
        } while (System.nanoTime() - end < 0);
        return last;
    }
}
