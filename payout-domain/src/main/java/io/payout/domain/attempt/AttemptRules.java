package io.payout.domain.attempt;

import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.MethodId;
import io.payout.domain.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decides a fulfillment's next step from its state. Moving money: an open transaction (created, initiated, pending,
 * in review) is only ever inquired, never replaced, so a lost answer cannot lead to a second payout; a new attempt is
 * made only after a certain failure, when the retry policy allows one.
 */
public final class AttemptRules {
    private final EngineTimings timings;

    public AttemptRules(EngineTimings timings) {
        this.timings = timings;
    }

    public EngineTimings timings() {
        return timings;
    }

    public Step nextStep(Fulfillment f, RetryPolicy policy, NextWork work, List<MethodId> candidates, Instant now) {
        Optional<Transaction> latest = f.latestTransaction();
        if (f.status() == FulfillmentStatus.CANCELLED) {
            return new Step.Idle();
        }
        if (latest.isEmpty()) {
            return firstStep(f, policy, candidates, now);
        }
        Transaction t = latest.get();
        if (t.isOpen()) {
            return new Step.Inquire(t);
        }
        if (f.status() == FulfillmentStatus.PENDING && work.retryMethod() != null) {
            return now.isBefore(windowEnd(f, policy)) ? new Step.Attempt(work.retryMethod(), f.fulfillmentMethods())
                    : new Step.Fail("attempt window closed before the retry");
        }
        // A settled transaction may still change its mind (a reversal, a late success): when its fulfillment is due it
        // is inquired. It is made due again on its own only while watched (watchOrRest); after that only a gateway
        // webhook or an operator makes it due, and then it is inquired once more, however old it is, so a reversal
        // the gateway reports a month later is still recorded.
        return t.isSettled() ? new Step.Inquire(t) : new Step.Idle();
    }

    private Step firstStep(Fulfillment f, RetryPolicy policy, List<MethodId> candidates, Instant now) {
        if (f.status() != FulfillmentStatus.CREATED) {
            return new Step.Idle();
        }
        Instant notBefore = f.additionalInfo().scheduleTime();
        if (notBefore != null && notBefore.isAfter(now)) {
            return new Step.WaitUntil(notBefore);
        }
        if (!now.isBefore(windowEnd(f, policy))) {
            return new Step.Fail("attempt window closed before the first attempt");
        }
        List<MethodId> methods = f.fulfillmentMethods().isEmpty() ? candidates : f.fulfillmentMethods();
        return methods.isEmpty() ? new Step.Fail("no payout method available for this beneficiary")
                : new Step.Attempt(methods.get(0), methods);
    }

    /** When attempts stop: {@code attemptThreshold} minutes (else the policy's window) after the earliest start. */
    public Instant windowEnd(Fulfillment f, RetryPolicy policy) {
        Instant start = f.createdAt();
        Instant scheduled = f.additionalInfo().scheduleTime();
        if (scheduled != null && scheduled.isAfter(start)) {
            start = scheduled;
        }
        Integer minutes = f.additionalInfo().attemptThreshold();
        return start.plus(minutes != null ? Duration.ofMinutes(minutes) : policy.attemptWindow());
    }

    /**
     * The next look at a settled transaction while it is watched (for {@code settledWatch} after it settled: its
     * {@code updatedAt}, which a confirmation does not move); none once the next would fall after the watch. A payout
     * settled late, after outages, is watched as long as one settled at once.
     */
    NextWork watchOrRest(Transaction t, Instant now) {
        Instant next = now.plus(timings.reviewPoll());
        return t.isSettled() && next.isBefore(t.updatedAt().plus(timings.settledWatch())) ? NextWork.at(next)
                : NextWork.NONE;
    }

    /**
     * The next look at a settled transaction after an answer that said nothing (a timeout, an error, "pending"): the
     * watch must end on a clear answer, so it goes on past its end, every {@code reviewPoll}, for at most another
     * {@code settledWatch} (a gateway that answers nothing usable for that long leaves it to webhooks and operators).
     */
    NextWork watchUntilAnswered(Transaction t, Instant now) {
        Instant next = now.plus(timings.reviewPoll());
        return t.isSettled() && next.isBefore(t.updatedAt().plus(timings.settledWatch().multipliedBy(2)))
                ? NextWork.at(next) : NextWork.NONE;
    }
}
