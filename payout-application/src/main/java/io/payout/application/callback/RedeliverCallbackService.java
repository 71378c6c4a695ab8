package io.payout.application.callback;

import io.payout.application.NotFoundException;
import io.payout.application.callback.port.CallbackOutboxPort;
import io.payout.application.operator.OperatorLogEntry;
import io.payout.application.operator.OperatorNote;
import io.payout.domain.MerchantId;
import io.payout.domain.callback.RetrySchedule;
import java.time.Clock;
import java.time.Instant;

/**
 * Redelivery: the callback becomes {@code PENDING} and due now with its retry schedule used up, so the relay makes
 * exactly one more attempt; if that fails, it is {@code FAILED} again, with the attempt in the log.
 */
public class RedeliverCallbackService implements RedeliverCallbackUseCase {
    private final CallbackOutboxPort outbox;
    private final RetrySchedule schedule;
    private final Runnable wakeRelay;
    private final Clock clock;

    public RedeliverCallbackService(CallbackOutboxPort outbox, RetrySchedule schedule, Runnable wakeRelay,
                                    Clock clock) {
        this.outbox = outbox;
        this.schedule = schedule;
        this.wakeRelay = wakeRelay;
        this.clock = clock;
    }

    @Override
    public CallbackRecord redeliver(MerchantId merchantId, String callbackId) {
        if (!outbox.redeliver(merchantId, callbackId, clock.instant(), schedule.retries())) {
            throw new NotFoundException("no callback " + callbackId);
        }
        wakeRelay.run();
        return outbox.find(merchantId, callbackId).orElseThrow(() -> new NotFoundException("no callback " + callbackId));
    }

    /**
     * An operator's request: every failed callback of the merchant created in [from, to) gets one more attempt, and
     * the action goes to the operator log and the history of every order concerned. @return how many callbacks
     */
    public int redeliverFailed(MerchantId merchantId, Instant from, Instant to, OperatorNote note) {
        Instant now = clock.instant();
        OperatorLogEntry audit = new OperatorLogEntry(OperatorLogEntry.REDELIVER_CALLBACKS, merchantId.value(),
                merchantId, note, "failed callbacks created in [" + from + ", " + to + ")", now);
        int count = outbox.redeliverFailed(merchantId, from, to, now, schedule.retries(), audit);
        wakeRelay.run();
        return count;
    }
}
