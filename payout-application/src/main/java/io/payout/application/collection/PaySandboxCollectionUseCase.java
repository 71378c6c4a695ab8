package io.payout.application.collection;

/** The sandbox's "end user pays": marks the sandbox collection order paid and sends its webhook. */
public interface PaySandboxCollectionUseCase {
    /** @return false if there is no such sandbox collection order */
    boolean pay(String providerOrderId);
}
