package io.payout.gateway.spi;

import java.util.List;

/** What a gateway's webhook says, once its signature is checked: which of our references it is about, or why not. */
public sealed interface WebhookVerification permits WebhookVerification.Verified, WebhookVerification.Rejected {
    /** Signed by the gateway; about these transaction references (ours). A hint to inquire, never the truth. */
    record Verified(List<String> transactionRefs) implements WebhookVerification {
        public Verified {
            transactionRefs = List.copyOf(transactionRefs);
        }
    }

    /** Not signed by the gateway, or unreadable: nothing may change because of it. */
    record Rejected(String reason) implements WebhookVerification {
    }
}
