package io.payout.application.collection;

import io.payout.application.callback.CallbackComposer;
import io.payout.application.callback.NewCallback;
import io.payout.application.collection.port.CollectionWorkPort;
import io.payout.application.collection.port.CollectionWorkPort.RefundCandidate;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.Refund;
import io.payout.domain.collection.RefundDecision;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides the refunds of Pay and Fulfill orders that became final after their payment was collected. The decision
 * and the refund it makes are written in one transaction that also marks the check done, so a crash before it
 * leaves the check to do again, and a crash after it leaves the refund to send: never none, never two.
 */
public class DecideRefundsService {
    private static final Logger LOG = Logger.getLogger(DecideRefundsService.class.getName());
    private final CollectionWorkPort work;
    private final CallbackComposer callbacks;
    private final CollectionSettings settings;
    private final Clock clock;

    public DecideRefundsService(CollectionWorkPort work, CallbackComposer callbacks, CollectionSettings settings,
                                Clock clock) {
        this.work = work;
        this.callbacks = callbacks;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return how many refunds were decided */
    public int decideDue() {
        int decided = 0;
        for (RefundCandidate candidate : work.findRefundCandidates(settings.batchSize())) {
            Instant now = clock.instant();
            Payment payment = candidate.payment();
            boolean on = settings.refundsOn(payment.merchantId(), payment.refundOnFailure());
            Optional<Refund> refund = RefundDecision.decide(candidate.order().order(), payment, candidate.refunds(),
                    on, now);
            if (refund.isEmpty()) {
                RefundDecision.overRefunded(candidate.order().order(), candidate.refunds()).ifPresent(excess ->
                        LOG.log(Level.SEVERE, "Order {0} of merchant {1}: {2} more was refunded than is left unpaid: a "
                                + "payout was reported paid after its amount had been refunded; both went out, recover "
                                + "it", new Object[] {candidate.order().order().id(), payment.merchantId(), excess}));
            }
            List<NewCallback> reports = refund.map(r -> callbacks.composeRefund(candidate.order().order(), r,
                    "INITIATED", now)).orElse(List.of());
            if (work.decideRefund(payment, refund.orElse(null), reports, now) && refund.isPresent()) {
                decided++;
            }
        }
        return decided;
    }
}
