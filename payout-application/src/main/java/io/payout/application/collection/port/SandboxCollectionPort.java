package io.payout.application.collection.port;

/** The sandbox collection provider's one extra: the end user "pays" by opening the link. */
public interface SandboxCollectionPort {
    /** Marks the sandbox collection order paid in full. @return false if the sandbox has no such order */
    boolean markPaid(String providerOrderId);
}
