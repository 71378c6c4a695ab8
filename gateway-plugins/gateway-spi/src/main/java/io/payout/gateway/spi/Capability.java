package io.payout.gateway.spi;

/** The optional operations a gateway offers beyond initiate and inquire. */
public enum Capability {
    /** {@link PayoutGateway#validateBeneficiary(Payee)}. */
    VALIDATE_BENEFICIARY,
    /** {@link PayoutGateway#balances()}. */
    BALANCES,
    /** {@link PayoutGateway#verifyWebhook(java.util.Map, byte[])}. */
    WEBHOOKS,
    /** {@link PayoutGateway#cancel(String)}. */
    CANCEL
}
