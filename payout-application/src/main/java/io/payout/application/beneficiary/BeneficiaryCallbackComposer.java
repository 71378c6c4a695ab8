package io.payout.application.beneficiary;

import io.payout.application.beneficiary.port.RenderBeneficiaryPort;
import io.payout.application.callback.NewCallback;
import io.payout.application.callback.port.LoadMerchantWebhookPort;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.beneficiary.SavedBeneficiary;
import io.payout.domain.callback.CallbackEvent;
import io.payout.domain.callback.WebhookSubscription;
import java.util.List;
import java.util.Optional;

/**
 * The {@code VALIDATION_V2} callback reporting a beneficiary's final status ({@code VALID}, {@code INVALID},
 * {@code ERROR}): to the beneficiary's own {@code webhookDetails} if it has them, else to the merchant's
 * configuration, as a fulfillment's callbacks go; nothing when there is neither or the merchant's configuration
 * leaves {@code VALIDATION_V2} out. Its {@code info} is the beneficiary as its status API shows it.
 */
public class BeneficiaryCallbackComposer {
    private final LoadMerchantWebhookPort webhooks;
    private final RenderBeneficiaryPort renderer;

    public BeneficiaryCallbackComposer(LoadMerchantWebhookPort webhooks, RenderBeneficiaryPort renderer) {
        this.webhooks = webhooks;
        this.renderer = renderer;
    }

    public List<NewCallback> compose(SavedBeneficiary beneficiary) {
        if (!beneficiary.status().isFinal()) {
            throw new IllegalArgumentException("beneficiary " + beneficiary.uniqueId() + " is still "
                    + beneficiary.status() + ": only a final status is reported");
        }
        Optional<WebhookSubscription> subscription = webhooks.subscription(beneficiary.merchantId());
        if (subscription.isPresent() && !subscription.get().wants(EventLabel.VALIDATION_V2)) {
            return List.of();
        }
        WebhookTarget own = beneficiary.request().webhook();
        WebhookTarget target = own != null ? own : subscription.map(WebhookSubscription::target).orElse(null);
        if (target == null) {
            return List.of();
        }
        CallbackEvent event = new CallbackEvent(EventLabel.VALIDATION_V2, beneficiary.status().name(),
                beneficiary.uniqueId().value(), beneficiary.updatedAt());
        return List.of(new NewCallback(event, target, renderer.render(beneficiary)));
    }
}
