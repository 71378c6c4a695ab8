package io.payout.gateway.spi;

/**
 * One configured gateway. Both operations may block (they talk to a bank or aggregator) and must return within
 * the timeout the plugin was configured with. A timeout, a 5xx or an unreadable answer is
 * {@link GatewayResult.Unknown}, never {@link GatewayResult.Failed}: the payout may have been made.
 */
public interface PayoutGateway {
    /**
     * Asks the gateway to pay. {@link PayoutInstruction#transactionRef()} is the gateway's idempotency key: the
     * same reference sent twice must never pay twice.
     */
    GatewayResult initiate(PayoutInstruction instruction);

    /**
     * Asks what became of the payout sent with this reference. A {@link GatewayResult.Failed} after an earlier
     * {@link GatewayResult.Succeeded} is a reversal; a {@link GatewayResult.Succeeded} after a
     * {@link GatewayResult.Failed} is a conflict (the money went out). A reference the gateway never received is
     * {@code Unknown} with {@code notFound} set: only then may it be initiated again, with the same reference.
     */
    GatewayResult inquire(String transactionRef);

    /** Checks a beneficiary (capability {@link Capability#VALIDATE_BENEFICIARY}). */
    default BeneficiaryCheck validateBeneficiary(Payee payee) {
        return new BeneficiaryCheck.Error("beneficiary validation is not supported by this gateway");
    }

    /** The balances available for payouts (capability {@link Capability#BALANCES}). */
    default java.util.List<Balance> balances() {
        throw new UnsupportedOperationException("balances are not supported by this gateway");
    }

    /**
     * Checks a webhook the gateway sent us (capability {@link Capability#WEBHOOKS}): its signature over the raw
     * body, with header names in lower case. Must not throw on garbage: answer {@link WebhookVerification.Rejected}.
     */
    default WebhookVerification verifyWebhook(java.util.Map<String, java.util.List<String>> headers, byte[] body) {
        return new WebhookVerification.Rejected("webhooks are not supported by this gateway");
    }

    /** Asks the gateway to cancel a payout it has not sent yet (capability {@link Capability#CANCEL}). */
    default GatewayResult cancel(String transactionRef) {
        return new GatewayResult.Unknown("cancel is not supported by this gateway", false, null);
    }
}
