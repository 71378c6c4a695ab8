package io.payout.domain.attempt;

import io.payout.domain.MethodId;
import io.payout.domain.Transaction;
import java.time.Instant;
import java.util.List;

/** What the engine does next for one fulfillment. */
public sealed interface Step permits Step.Idle, Step.WaitUntil, Step.Attempt, Step.Inquire, Step.Fail {
    /** Nothing more to do, unless someone changes the fulfillment. */
    record Idle() implements Step {
    }

    /** Nothing to do before {@code instant} (a scheduleTime, a retry's backoff). */
    record WaitUntil(Instant instant) implements Step {
    }

    /** Make a new attempt on {@code method}; {@code methods} is the fulfillment's plan when it has none yet. */
    record Attempt(MethodId method, List<MethodId> methods) implements Step {
    }

    /** Ask the gateway what became of {@code transaction}. */
    record Inquire(Transaction transaction) implements Step {
    }

    /** Give up without an attempt: no method, or the attempt window closed. */
    record Fail(String reason) implements Step {
    }
}
