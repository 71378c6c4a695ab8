package io.payout.application.collection;

import io.payout.domain.collection.Payment;
import io.payout.domain.collection.PaymentLinks;
import io.payout.domain.collection.ProviderAnswer;
import java.time.Instant;

/** What a provider's answer to a creation attempt does to the payment. */
final class CollectionOutcomes {
    private CollectionOutcomes() {
    }

    /**
     * Created (or found) at the provider: awaiting payment, with the links. Even an order already charged is only
     * awaiting here: a charge is acted on only after the stepper's own status inquiry, which then moves the order.
     * No reliable answer: still to be created, with the reason.
     */
    static Payment afterCreate(Payment payment, ProviderAnswer answer, Instant now) {
        if (answer instanceof ProviderAnswer.AwaitingPayment awaiting) {
            return payment.awaiting(awaiting.providerStatus(), awaiting.links(), now);
        }
        if (answer instanceof ProviderAnswer.Charged charged) {
            return payment.awaiting(charged.providerStatus(), PaymentLinks.NONE, now);
        }
        ProviderAnswer.Unknown unknown = (ProviderAnswer.Unknown) answer;
        return payment.withError("collection order not created yet: " + unknown.reason(), now);
    }
}
