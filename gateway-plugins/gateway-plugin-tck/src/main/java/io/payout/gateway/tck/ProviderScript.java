package io.payout.gateway.tck;

import java.util.Set;

/**
 * How {@link GatewayPluginContract} steers the plugin's fake provider (a local server speaking the provider's
 * protocol, or the plugin itself when it is an in-memory sandbox). Each script belongs to one test: the contract
 * asks for a fresh one before every check and closes it afterwards.
 */
public interface ProviderScript extends AutoCloseable {
    /** The next payout initiated with this reference is accepted and paid (settled or still in progress). */
    void willSucceed(String transactionRef);

    /**
     * The provider's next answer comes later than the plugin's own request timeout (configure a short one in
     * {@link GatewayPluginContract#settings()}), or is lost; the work behind it may still be done. A provider that
     * cannot be slow (an in-memory one) calls {@link org.junit.jupiter.api.Assumptions#abort(String)}.
     */
    void willTimeOut();

    /**
     * The provider's next answer is unreadable (a body the plugin cannot parse). A provider without a wire format
     * calls {@link org.junit.jupiter.api.Assumptions#abort(String)}, which skips the check.
     */
    void willAnswerGarbage();

    /** How many payouts the provider recorded under this reference. */
    int payoutsRecorded(String transactionRef);

    /** The credential values in the settings: none may appear in a result or an exception. */
    Set<String> secrets();

    /** Stops the fake provider; nothing by default. */
    @Override
    default void close() {
    }
}
