package io.payout.application.callback;

import io.payout.application.callback.port.LoadMerchantWebhookPort;
import io.payout.application.callback.port.RenderCallbackInfoPort;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.Order;
import io.payout.domain.TransactionId;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.attempt.StatusEvent;
import io.payout.domain.callback.CallbackEvent;
import io.payout.domain.callback.CallbackEvents;
import io.payout.domain.callback.WebhookSubscription;
import io.payout.domain.collection.Refund;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which callbacks a save writes to the outbox, and where each goes. A fulfillment's or transaction's
 * callback goes to the fulfillment's {@code webhookDetails} if it has them, else to the merchant's configuration; an
 * order's callback goes to the merchant's configuration, else to the first fulfillment's {@code webhookDetails}.
 * With neither, nothing is written (the merchant polls). Labels the merchant did not ask for are not written.
 */
public class CallbackComposer {
    private final LoadMerchantWebhookPort webhooks;
    private final RenderCallbackInfoPort renderer;

    public CallbackComposer(LoadMerchantWebhookPort webhooks, RenderCallbackInfoPort renderer) {
        this.webhooks = webhooks;
        this.renderer = renderer;
    }

    /** The callbacks reporting {@code events}, which took {@code before} to {@code after}. */
    public List<NewCallback> compose(Order before, Order after, List<StatusEvent> events) {
        List<CallbackEvent> callbackEvents = CallbackEvents.from(before, events);
        if (callbackEvents.isEmpty()) {
            return List.of();
        }
        Optional<WebhookSubscription> subscription = webhooks.subscription(after.merchantId());
        List<NewCallback> result = new ArrayList<>();
        for (CallbackEvent event : callbackEvents) {
            if (subscription.isPresent() && !subscription.get().wants(event.label())) {
                continue;
            }
            WebhookTarget target = targetOf(after, event, subscription);
            if (target != null) {
                result.add(new NewCallback(event, target, renderer.render(after, event)));
            }
        }
        return result;
    }

    /**
     * The {@code REFUND} callback reporting that {@code refund} (of {@code order}'s payment) became {@code value}
     * ({@code INITIATED}, {@code SUCCESS} or {@code FAILURE}); empty when nobody is to be told. It goes where the
     * order's callbacks go.
     */
    public List<NewCallback> composeRefund(Order order, Refund refund, String value, Instant at) {
        CallbackEvent event = new CallbackEvent(EventLabel.REFUND, value, refund.id(), at);
        Optional<WebhookSubscription> subscription = webhooks.subscription(order.merchantId());
        if (subscription.isPresent() && !subscription.get().wants(EventLabel.REFUND)) {
            return List.of();
        }
        WebhookTarget target = targetOf(order, event, subscription);
        return target == null ? List.of() : List.of(new NewCallback(event, target, renderer.renderRefund(refund, event)));
    }

    private static WebhookTarget targetOf(Order order, CallbackEvent event, Optional<WebhookSubscription> merchant) {
        if (event.label() == EventLabel.ORDER || event.label() == EventLabel.REFUND) {
            return merchant.map(WebhookSubscription::target)
                    .orElseGet(() -> order.fulfillments().get(0).additionalInfo().webhookDetails());
        }
        FulfillmentId id = event.label() == EventLabel.FULFILLMENT_ORDER ? new FulfillmentId(event.entityId())
                : new TransactionId(event.entityId()).fulfillmentId();
        Fulfillment f = order.fulfillment(id);
        WebhookTarget own = f.additionalInfo().webhookDetails();
        return own != null ? own : merchant.map(WebhookSubscription::target).orElse(null);
    }
}
