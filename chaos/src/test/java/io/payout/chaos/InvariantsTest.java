package io.payout.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks see what they are meant to see: one clean history, then one violation of each kind. */
class InvariantsTest {
    private final Map<String, String> accepted = Map.of("m1", "o1");
    private final List<Invariants.Txn> txns = new ArrayList<>(List.of(new Invariants.Txn("o1f1t1", "o1", "o1-f1", "SUCCESS")));
    private final List<Invariants.OutboxCallback> outbox = new ArrayList<>(List.of(
            new Invariants.OutboxCallback("o1-c1", "o1", 1, "DELIVERED"),
            new Invariants.OutboxCallback("o1-c2", "o1", 2, "DELIVERED")));
    private final List<CallbackReceiver.Received> received = new ArrayList<>(List.of(
            new CallbackReceiver.Received("o1-c1", "o1", "ORDER", "FULFILLMENTS_SCHEDULED", 1, 1, true),
            new CallbackReceiver.Received("o1-c2", "o1", "ORDER", "FULFILLMENTS_SUCCESSFUL", 2, 2, true)));
    private final List<FakePayoutLedger.Payout> payouts = new ArrayList<>(List.of(paid("o1f1t1", 100)));

    @Test
    void aCleanHistoryBreaksNothing() {
        Invariants invariants = check(Map.of("m1", "FULFILLMENTS_SUCCESSFUL"));
        assertFalse(invariants.broken(), invariants.findings.toString());
    }

    @Test
    void anOrderTheApiDoesNotFindIsLost() {
        assertEquals(1, check(Map.of()).figures.get("LOST"));
    }

    @Test
    void anOrderStillScheduledIsLost() {
        assertEquals(1, check(Map.of("m1", "FULFILLMENTS_SCHEDULED")).figures.get("LOST"));
    }

    @Test
    void aSecondReferenceWhileTheFirstWasUnknownIsADuplicate() {
        txns.add(new Invariants.Txn("o1f1t2", "o1", "o1-f1", "FAILURE"));
        FakePayoutLedger.Payout second = new FakePayoutLedger.Payout("pout_2", "o1f1t2", 1313, 200, 200, 2);
        second.status = "failed";
        payouts.add(second);
        Invariants invariants = check(Map.of("m1", "FULFILLMENTS_SUCCESSFUL"));
        assertEquals(1, invariants.figures.get("DUPLICATED (fulfillments paid twice or resent while unknown)"));
        assertTrue(invariants.broken());
    }

    @Test
    void aGatewayPayoutWithoutATransactionIsUnaccounted() {
        payouts.add(paid("stray", 300));
        assertEquals(1, check(Map.of("m1", "FULFILLMENTS_SUCCESSFUL")).figures
                .get("UNACCOUNTED (gateway payouts without exactly one transaction)"));
    }

    @Test
    void aMissingFinalOrderCallbackIsMissed() {
        received.remove(1);
        Invariants invariants = check(Map.of("m1", "FULFILLMENTS_SUCCESSFUL"));
        assertEquals(1, invariants.figures.get("CALLBACKS MISSED (terminal order without its final ORDER callback)"));
        assertEquals(1, invariants.figures.get("CALLBACKS NOT RECEIVED (delivered or given up, never seen)"));
        assertTrue(invariants.broken());
    }

    @Test
    void anEarlierSequenceAfterALaterOneIsOutOfOrder() {
        received.add(new CallbackReceiver.Received("o1-c1", "o1", "ORDER", "FULFILLMENTS_SCHEDULED", 1, 3, true));
        Invariants invariants = check(Map.of("m1", "FULFILLMENTS_SUCCESSFUL"));
        assertEquals(1, invariants.figures.get("CALLBACKS OUT OF ORDER"));
        assertTrue(invariants.broken());
    }

    @Test
    void aCallbackWhoseSignatureDoesNotHoldBreaksTheRun() {
        received.set(1, new CallbackReceiver.Received("o1-c2", "o1", "ORDER", "FULFILLMENTS_SUCCESSFUL", 2, 2, false));

        Invariants invariants = check(Map.of("m1", "FULFILLMENTS_SUCCESSFUL"));

        assertEquals(1, invariants.figures.get("CALLBACK SIGNATURES BAD (Standard Webhooks, merchant's secret)"));
        assertTrue(invariants.broken());
    }

    private Invariants check(Map<String, String> statuses) {
        Invariants invariants = new Invariants();
        invariants.check(accepted, statuses, Set.of(), payouts, txns, outbox, received);
        return invariants;
    }

    private static FakePayoutLedger.Payout paid(String reference, long createdMillis) {
        FakePayoutLedger.Payout payout = new FakePayoutLedger.Payout("pout_" + reference, reference, 1000,
                createdMillis, createdMillis, 1);
        payout.status = "processed";
        payout.settledMillis = createdMillis;
        return payout;
    }
}
