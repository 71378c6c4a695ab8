package io.payout.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks see what they are meant to see: clean histories, then one violation of each kind. */
class InvariantsTest {
    private static final String DUPLICATED = "DUPLICATED (fulfillments paid twice or resent while unknown)";
    private static final String WRONG = "WRONG OUTCOME (terminal status not what the gateway and the retry policy say)";
    private static final String BEYOND = "RETRIES BEYOND POLICY (attempts after the policy said stop)";
    private static final String MISMATCHED = "MISMATCHED (gateway and service disagree)";
    private final Map<String, String> accepted = Map.of("m1", "o1");
    private final Map<String, Integer> maxAttempts = new HashMap<>(Map.of("m1", 3));
    private final List<Invariants.Txn> txns = new ArrayList<>();
    private final List<FakePayoutLedger.Payout> payouts = new ArrayList<>();
    private final List<FakePayoutLedger.Refusal> refusals = new ArrayList<>();
    private final List<Invariants.OutboxCallback> outbox = new ArrayList<>(List.of(
            new Invariants.OutboxCallback("o1-c1", "o1", 1, "DELIVERED"),
            new Invariants.OutboxCallback("o1-c2", "o1", 2, "DELIVERED")));
    private final List<CallbackReceiver.Received> received = new ArrayList<>(List.of(
            new CallbackReceiver.Received("o1-c1", "o1", "ORDER", "FULFILLMENTS_SCHEDULED", 1, 1, true),
            new CallbackReceiver.Received("o1-c2", "o1", "ORDER", "FULFILLMENTS_SUCCESSFUL", 2, 2, true)));
    private final Map<String, Integer> webhookOutcomes = new HashMap<>(Map.of("genuine accepted (2xx)", 3,
            "forged refused (401)", 1, "genuine lost (no answer)", 1));
    private final List<FakeRazorpayXWebhooks.ForgedClaim> forgedClaims = new ArrayList<>();

    @Test
    void aCleanHistoryBreaksNothing() {
        attempt(1, "SUCCESS", payout(1, 100, "processed", FakePayoutLedger.Fate.PROCESSED, 0));

        Invariants invariants = check("FULFILLMENTS_SUCCESSFUL");

        assertFalse(invariants.broken(), invariants.findings.toString());
    }

    @Test
    void anOrderTheApiDoesNotFindOrThatIsStillScheduledIsLost() {
        attempt(1, "SUCCESS", payout(1, 100, "processed", FakePayoutLedger.Fate.PROCESSED, 0));

        assertEquals(1, check(null).figures.get("LOST"));
        assertEquals(1, check("FULFILLMENTS_SCHEDULED").figures.get("LOST"));
    }

    @Test
    void aRetryAfterAGatewayFailureShownToTheServiceIsCleanAndPaidOnARetry() {
        attempt(1, "FAILURE", payout(1, 100, "failed", FakePayoutLedger.Fate.FAILED_GATEWAY, 150));
        attempt(2, "SUCCESS", payout(2, 200, "processed", FakePayoutLedger.Fate.PROCESSED, 0));

        Invariants invariants = check("FULFILLMENTS_SUCCESSFUL");

        assertFalse(invariants.broken(), invariants.findings.toString());
        assertEquals(1, invariants.figures.get("orders paid on a retry (new reference)"));
    }

    @Test
    void aRetryAfterARateLimitedCreateIsClean() {
        attempt(1, "FAILURE", null);
        refusals.add(new FakePayoutLedger.Refusal("o1f1t1", 100));
        attempt(2, "SUCCESS", payout(2, 200, "processed", FakePayoutLedger.Fate.PROCESSED, 0));

        Invariants invariants = check("FULFILLMENTS_SUCCESSFUL");

        assertFalse(invariants.broken(), invariants.findings.toString());
        assertEquals(1, invariants.figures.get("gateway creates refused with 429"));
    }

    @Test
    void aSecondReferenceBeforeTheFirstFailureWasShownIsADuplicate() {
        attempt(1, "FAILURE", payout(1, 100, "failed", FakePayoutLedger.Fate.FAILED_GATEWAY, 250));
        attempt(2, "SUCCESS", payout(2, 200, "processed", FakePayoutLedger.Fate.PROCESSED, 0));

        Invariants invariants = check("FULFILLMENTS_SUCCESSFUL");

        assertEquals(1, invariants.figures.get(DUPLICATED));
        assertTrue(invariants.broken());
    }

    @Test
    void aSecondReferenceAfterAPaidOneIsADuplicate() {
        attempt(1, "SUCCESS", payout(1, 100, "processed", FakePayoutLedger.Fate.PROCESSED, 0));
        attempt(2, "FAILURE", payout(2, 200, "failed", FakePayoutLedger.Fate.FAILED_BENEFICIARY, 300));

        Invariants invariants = check("FULFILLMENTS_SUCCESSFUL");

        assertEquals(1, invariants.figures.get(DUPLICATED));
        assertEquals(1, invariants.figures.get(BEYOND));
    }

    @Test
    void failingAfterARetryableFailureWithAttemptsLeftIsAWrongOutcome() {
        attempt(1, "FAILURE", payout(1, 100, "failed", FakePayoutLedger.Fate.FAILED_GATEWAY, 150));

        Invariants invariants = check("FULFILLMENTS_FAILURE");

        assertEquals(1, invariants.figures.get(WRONG));
        assertTrue(invariants.broken());
    }

    @Test
    void failingOnceEveryAttemptFailedIsRight() {
        maxAttempts.put("m1", 2);
        attempt(1, "FAILURE", payout(1, 100, "failed", FakePayoutLedger.Fate.FAILED_GATEWAY, 150));
        attempt(2, "FAILURE", payout(2, 200, "failed", FakePayoutLedger.Fate.FAILED_GATEWAY, 250));
        finalOrderCallbackSays("FULFILLMENTS_FAILURE");

        Invariants invariants = check("FULFILLMENTS_FAILURE");

        assertFalse(invariants.broken(), invariants.findings.toString());
        assertEquals(1, invariants.figures.get("orders failed with every attempt used"));
    }

    @Test
    void aThirdAttemptUnderATwoAttemptPolicyIsBeyondIt() {
        maxAttempts.put("m1", 2);
        attempt(1, "FAILURE", payout(1, 100, "failed", FakePayoutLedger.Fate.FAILED_GATEWAY, 150));
        attempt(2, "FAILURE", payout(2, 200, "failed", FakePayoutLedger.Fate.FAILED_GATEWAY, 250));
        attempt(3, "SUCCESS", payout(3, 300, "processed", FakePayoutLedger.Fate.PROCESSED, 0));

        Invariants invariants = check("FULFILLMENTS_SUCCESSFUL");

        assertEquals(1, invariants.figures.get(BEYOND));
        assertEquals(1, invariants.figures.get(WRONG));
    }

    @Test
    void aReversalTheServiceMissedIsAMismatchAndAWrongOutcome() {
        attempt(1, "SUCCESS", payout(1, 100, "reversed", FakePayoutLedger.Fate.REVERSED, 0));

        Invariants invariants = check("FULFILLMENTS_SUCCESSFUL");

        assertEquals(1, invariants.figures.get(MISMATCHED));
        assertEquals(1, invariants.figures.get(WRONG));
    }

    @Test
    void aRecordedReversalIsRight() {
        attempt(1, "REVERSED", payout(1, 100, "reversed", FakePayoutLedger.Fate.REVERSED, 400));
        finalOrderCallbackSays("FULFILLMENTS_FAILURE");

        Invariants invariants = check("FULFILLMENTS_FAILURE");

        assertFalse(invariants.broken(), invariants.findings.toString());
    }

    @Test
    void aGatewayPayoutWithoutATransactionIsUnaccounted() {
        attempt(1, "SUCCESS", payout(1, 100, "processed", FakePayoutLedger.Fate.PROCESSED, 0));
        payouts.add(payout(9, 300, "processed", FakePayoutLedger.Fate.PROCESSED, 0));

        assertEquals(1, check("FULFILLMENTS_SUCCESSFUL").figures
                .get("UNACCOUNTED (gateway payouts without exactly one transaction)"));
    }

    @Test
    void aForgedWebhookAcceptedOrAGenuineOneRefusedBreaksTheRun() {
        attempt(1, "SUCCESS", payout(1, 100, "processed", FakePayoutLedger.Fate.PROCESSED, 0));
        webhookOutcomes.put("forged accepted (2xx)", 1);
        webhookOutcomes.put("genuine refused (401)", 2);

        Invariants invariants = check("FULFILLMENTS_SUCCESSFUL");

        assertEquals(1, invariants.figures.get("FORGED WEBHOOKS ACCEPTED (2xx)"));
        assertEquals(2, invariants.figures.get("GENUINE WEBHOOKS REFUSED (4xx)"));
        assertEquals(3, invariants.figures.get("webhooks genuine accepted (2xx)"));
        assertTrue(invariants.broken());
    }

    @Test
    void aTransactionEndingAsAForgedWebhookClaimedAgainstTheGatewayIsCounted() {
        attempt(1, "SUCCESS", payout(1, 100, "failed", FakePayoutLedger.Fate.FAILED_BENEFICIARY, 150));
        forgedClaims.add(new FakeRazorpayXWebhooks.ForgedClaim("o1f1t1", "processed", 120));
        forgedClaims.add(new FakeRazorpayXWebhooks.ForgedClaim("o1f1t1", "processed", 130));
        String figure = "FORGED CLAIMS BELIEVED (transactions ending as a forged webhook claimed, not as the gateway says)";

        assertEquals(1, check("FULFILLMENTS_SUCCESSFUL").figures.get(figure));
        txns.set(0, new Invariants.Txn("o1f1t1", "o1", "o1-f1", "FAILURE"));
        assertEquals(0, check("FULFILLMENTS_FAILURE").figures.get(figure));
    }

    @Test
    void aCallbackWhoseSignatureDoesNotHoldBreaksTheRun() {
        attempt(1, "SUCCESS", payout(1, 100, "processed", FakePayoutLedger.Fate.PROCESSED, 0));
        received.set(1, new CallbackReceiver.Received("o1-c2", "o1", "ORDER", "FULFILLMENTS_SUCCESSFUL", 2, 2, false));

        Invariants invariants = check("FULFILLMENTS_SUCCESSFUL");

        assertEquals(1, invariants.figures.get("CALLBACK SIGNATURES BAD (Standard Webhooks, merchant's secret)"));
        assertTrue(invariants.broken());
    }

    @Test
    void aMissingFinalOrderCallbackIsMissed() {
        attempt(1, "SUCCESS", payout(1, 100, "processed", FakePayoutLedger.Fate.PROCESSED, 0));
        received.remove(1);

        Invariants invariants = check("FULFILLMENTS_SUCCESSFUL");

        assertEquals(1, invariants.figures.get("CALLBACKS MISSED (terminal order without its final ORDER callback)"));
        assertEquals(1, invariants.figures.get("CALLBACKS NOT RECEIVED (delivered or given up, never seen)"));
        assertTrue(invariants.broken());
    }

    @Test
    void anEarlierSequenceAfterALaterOneIsOutOfOrder() {
        attempt(1, "SUCCESS", payout(1, 100, "processed", FakePayoutLedger.Fate.PROCESSED, 0));
        received.add(new CallbackReceiver.Received("o1-c1", "o1", "ORDER", "FULFILLMENTS_SCHEDULED", 1, 3, true));

        Invariants invariants = check("FULFILLMENTS_SUCCESSFUL");

        assertEquals(1, invariants.figures.get("CALLBACKS OUT OF ORDER"));
        assertTrue(invariants.broken());
    }

    private void finalOrderCallbackSays(String status) {
        received.set(1, new CallbackReceiver.Received("o1-c2", "o1", "ORDER", status, 2, 2, true));
    }

    private void attempt(int n, String txnStatus, FakePayoutLedger.Payout payout) {
        txns.add(new Invariants.Txn("o1f1t" + n, "o1", "o1-f1", txnStatus));
        if (payout != null) {
            payouts.add(payout);
        }
    }

    private Invariants check(String status) {
        Map<String, String> statuses = new HashMap<>();
        if (status != null) {
            statuses.put("m1", status);
        }
        Invariants invariants = new Invariants();
        invariants.check(new Invariants.Seen(accepted, maxAttempts, statuses, payouts, refusals, txns, outbox, received,
                webhookOutcomes, forgedClaims));
        return invariants;
    }

    private static FakePayoutLedger.Payout payout(int n, long createdMillis, String status, FakePayoutLedger.Fate fate,
                                                  long knownFailedMillis) {
        FakePayoutLedger.Payout payout = new FakePayoutLedger.Payout("pout_" + n, "o1f1t" + n, "9100", 1000, fate,
                createdMillis, createdMillis + 10, 0, n);
        payout.status = status;
        payout.settledMillis = createdMillis + 10;
        payout.knownFailedMillis = knownFailedMillis;
        return payout;
    }
}
