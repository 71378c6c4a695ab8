package io.payout.adapters.persistence;

/**
 * An order's last event and callback sequence numbers, as an update of its row returns them. Public only because
 * JDBI maps into public types alone; not part of this adapter's API.
 */
public record OrderSequences(long eventSeq, long callbackSeq) {
}
