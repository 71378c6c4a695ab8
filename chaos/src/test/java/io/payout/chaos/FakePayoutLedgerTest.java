package io.payout.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The fake gateway's ledger decides each payout's fate by amount and attempt, and tells every change once, in time. */
class FakePayoutLedgerTest {
    private final AtomicLong now = new AtomicLong(10_000);
    private final FakePayoutLedger ledger = new FakePayoutLedger(now::get);
    private final List<FakePayoutLedger.Change> changes = new ArrayList<>();

    FakePayoutLedgerTest() {
        ledger.onChange(changes::add);
    }

    @Test
    void fatesFollowTheAmountAndTheNumberOfPayoutsToTheAccount() {
        assertEquals(FakePayoutLedger.Fate.PROCESSED, FakePayoutLedger.fate(1200, 1));
        assertEquals(FakePayoutLedger.Fate.FAILED_BENEFICIARY, FakePayoutLedger.fate(1213, 1));
        assertEquals(FakePayoutLedger.Fate.FAILED_BENEFICIARY, FakePayoutLedger.fate(1213, 2));
        assertEquals(FakePayoutLedger.Fate.FAILED_GATEWAY, FakePayoutLedger.fate(1227, 1));
        assertEquals(FakePayoutLedger.Fate.PROCESSED, FakePayoutLedger.fate(1227, 2));
        assertEquals(FakePayoutLedger.Fate.FAILED_GATEWAY, FakePayoutLedger.fate(1241, 3));
        assertEquals(FakePayoutLedger.Fate.REVERSED, FakePayoutLedger.fate(1255, 1));
    }

    @Test
    void theSecondPayoutToAnAccountIsItsSecondAttemptWhateverItsReference() {
        FakePayoutLedger.Payout first = ledger.create("ref-a1", "9100", 1227, 100, 0);
        FakePayoutLedger.Payout other = ledger.create("ref-b1", "9200", 1227, 100, 0);
        FakePayoutLedger.Payout second = ledger.create("ref-a2", "9100", 1227, 100, 0);

        assertEquals(FakePayoutLedger.Fate.FAILED_GATEWAY, first.fate);
        assertEquals(FakePayoutLedger.Fate.FAILED_GATEWAY, other.fate);
        assertEquals(FakePayoutLedger.Fate.PROCESSED, second.fate);
        assertSame(first, ledger.create("ref-a1", "9100", 1227, 100, 0), "the same reference is the same payout");
    }

    @Test
    void aReversedPayoutIsInitiatedProcessedThenReversedEachToldOnce() {
        ledger.create("ref-r", "9300", 5055, 500, 1500);
        now.addAndGet(499);
        ledger.advance();
        assertEquals(List.of("payout.initiated"), events());
        assertEquals(10_500, changes.get(0).nextChangeAtMillis());
        assertTrue(ledger.changesAhead());

        now.addAndGet(1);
        ledger.advance();
        ledger.advance();
        assertEquals(List.of("payout.initiated", "payout.processed"), events());
        assertEquals(12_000, changes.get(1).nextChangeAtMillis());
        assertEquals("processed", changes.get(1).entity().get("status"));

        now.addAndGet(1500);
        assertEquals("reversed", ledger.withReference("ref-r").status);
        assertEquals(List.of("payout.initiated", "payout.processed", "payout.reversed"), events());
        assertEquals(12_000, ledger.withReference("ref-r").reversedMillis);
        assertFalse(ledger.changesAhead());
    }

    @Test
    void aFailureIsKnownFromTheFirstDeliveredAnswerThatShowsIt() {
        FakePayoutLedger.Payout payout = ledger.create("ref-f", "9400", 1241, 100, 0);
        ledger.entity(payout, true);
        now.addAndGet(200);
        ledger.entity(payout, false);
        assertEquals("failed", payout.status);
        assertEquals(0, payout.knownFailedMillis, "an answer the connector cannot read tells nothing");

        now.addAndGet(300);
        ledger.entity(payout, true);
        now.addAndGet(300);
        ledger.entity(payout, true);
        assertEquals(10_500, payout.knownFailedMillis);
        assertEquals("gateway", payout.failureSource());
    }

    @Test
    void aRefusalIsNotedOnceAndMakesNoPayout() {
        ledger.refuse("ref-429");
        now.addAndGet(100);
        ledger.refuse("ref-429");

        assertEquals(List.of(new FakePayoutLedger.Refusal("ref-429", 10_000)), ledger.refusals());
        assertEquals(List.of(), ledger.all());
    }

    private List<String> events() {
        return changes.stream().map(FakePayoutLedger.Change::event).toList();
    }
}
