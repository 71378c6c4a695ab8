package io.payout.application.collection;

import io.payout.application.collection.port.CollectionProviderPort;
import io.payout.application.engine.WebhookRejectedException;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.PaymentLinks;
import io.payout.domain.collection.ProviderAnswer;
import io.payout.domain.collection.Refund;
import io.payout.domain.collection.RefundAnswer;
import io.payout.domain.collection.RefundStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A collection provider with its own ledger, as a test scripts it: orders created by id (again: the same order),
 * charged by the test, refunds kept by unique request id (asking twice makes one). {@code down}: every call
 * answers Unknown; {@code loseRefundAnswers}: refunds happen but their answers are lost.
 */
class ScriptedProviders implements CollectionProviderPort {
    static final String PROVIDER = "EXPRESS_CHECKOUT";
    final Map<String, Money> created = new HashMap<>();
    final Map<String, Money> charged = new HashMap<>();
    final Map<String, Refund> refunds = new HashMap<>();
    final List<String> refundRequests = new ArrayList<>();
    boolean down;
    int loseRefundAnswers;

    @Override
    public synchronized ProviderAnswer create(Payment payment, Order order, Instant now) {
        if (down) {
            return new ProviderAnswer.Unknown("connect timed out", false);
        }
        created.putIfAbsent(payment.providerOrderId(), payment.amount());
        return inquire(payment);
    }

    @Override
    public synchronized ProviderAnswer inquire(Payment payment) {
        if (down) {
            return new ProviderAnswer.Unknown("read timed out", false);
        }
        String id = payment.providerOrderId();
        if (!created.containsKey(id)) {
            return new ProviderAnswer.Unknown("404", true);
        }
        Money paid = charged.get(id);
        return paid != null ? new ProviderAnswer.Charged(paid, "CHARGED")
                : new ProviderAnswer.AwaitingPayment("NEW", new PaymentLinks("https://pay/" + id, null, null));
    }

    @Override
    public synchronized RefundAnswer refund(Refund refund) {
        refundRequests.add(refund.uniqueRequestId());
        if (down) {
            return new RefundAnswer.Unknown("read timed out", false);
        }
        refunds.putIfAbsent(refund.uniqueRequestId(), refund);
        if (loseRefundAnswers > 0) {
            loseRefundAnswers--;
            return new RefundAnswer.Unknown("read timed out", false);
        }
        return new RefundAnswer.Known(RefundStatus.PENDING, "rfd_" + refund.uniqueRequestId(), null);
    }

    @Override
    public synchronized RefundAnswer inquireRefund(Refund refund) {
        if (down) {
            return new RefundAnswer.Unknown("read timed out", false);
        }
        return refunds.containsKey(refund.uniqueRequestId())
                ? new RefundAnswer.Known(RefundStatus.SUCCESS, "rfd_" + refund.uniqueRequestId(), null)
                : new RefundAnswer.Unknown("no such refund", true);
    }

    @Override
    public List<String> verifyWebhook(String provider, Map<String, List<String>> headers, byte[] body) {
        if (!headers.containsKey("authorization")) {
            throw new WebhookRejectedException("missing credentials");
        }
        return List.of(new String(body));
    }

    @Override
    public boolean isConfigured(String provider) {
        return PROVIDER.equals(provider);
    }

    synchronized void pay(Payment payment, String amount) {
        charged.put(payment.providerOrderId(), Money.of(amount));
    }
}
