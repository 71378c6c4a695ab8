package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.operator.OperatorLogEntry;
import io.payout.application.operator.OperatorNote;
import io.payout.application.operator.port.LoadOperatorLogPort;
import io.payout.application.operator.port.RoutingPausePort;
import io.payout.domain.MerchantId;
import java.time.Instant;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store of the operators' routing pauses and operator log must do. */
abstract class RoutingPauseContract {
    static final Instant NOW = TestOrders.NOW;
    static final OperatorNote NOTE = new OperatorNote("asha", "bank reports an IMPS outage");

    /** The two ports of one empty store. */
    protected record Stores(RoutingPausePort pauses, LoadOperatorLogPort log) {
    }

    private RoutingPausePort pauses;
    private LoadOperatorLogPort log;

    protected abstract Stores newStores();

    @BeforeEach
    void openStores() {
        Stores stores = newStores();
        pauses = stores.pauses();
        log = stores.log();
    }

    private static OperatorLogEntry entry(String action, String target, Instant at) {
        return new OperatorLogEntry(action, target, null, NOTE, "method", at);
    }

    @Test
    void aPauseIsKeptAndLoggedOnceAndAResumeTakesItBack() {
        OperatorLogEntry pause = entry(OperatorLogEntry.PAUSE, "DUMMY_IMPS", NOW);
        OperatorLogEntry again = entry(OperatorLogEntry.PAUSE, "DUMMY_IMPS", NOW.plusSeconds(1));
        OperatorLogEntry resume = entry(OperatorLogEntry.RESUME, "DUMMY_IMPS", NOW.plusSeconds(2));

        assertThat(pauses.savePause("DUMMY_IMPS", true, pause)).isTrue();
        assertThat(pauses.savePause("DUMMY", true, entry(OperatorLogEntry.PAUSE, "DUMMY", NOW))).isTrue();
        assertThat(pauses.pausedNames()).containsExactlyInAnyOrder("DUMMY_IMPS", "DUMMY");
        assertThat(pauses.savePause("DUMMY_IMPS", true, again)).isFalse();
        assertThat(pauses.savePause("DUMMY_IMPS", false, resume)).isTrue();
        assertThat(pauses.savePause("DUMMY_IMPS", false, resume)).isFalse();

        assertThat(pauses.pausedNames()).containsExactly("DUMMY");
        assertThat(log.loadLog(NOW, NOW.plusSeconds(10), 10)).extracting(OperatorLogEntry::action,
                OperatorLogEntry::target).containsExactly(
                        Tuple.tuple("PAUSE", "DUMMY_IMPS"),
                        Tuple.tuple("PAUSE", "DUMMY"),
                        Tuple.tuple("RESUME", "DUMMY_IMPS"));
    }

    @Test
    void theLogIsReadBackWholeByTimeRangeOldestFirstUpToTheLimit() {
        OperatorLogEntry second = new OperatorLogEntry(OperatorLogEntry.REDELIVER_CALLBACKS, "m1",
                new MerchantId("m1"), new OperatorNote(" bo ", " receiver was down "), null, NOW.plusSeconds(20));
        OperatorLogEntry first = entry(OperatorLogEntry.PAUSE, "DUMMY", NOW.plusSeconds(10));
        pauses.savePause("DUMMY", true, first);
        pauses.savePause("DUMMY_NEFT", true, second);
        pauses.savePause("DUMMY_UPI", true, entry(OperatorLogEntry.PAUSE, "DUMMY_UPI", NOW.plusSeconds(30)));

        assertThat(log.loadLog(NOW.plusSeconds(10), NOW.plusSeconds(30), 10)).containsExactly(first, second);
        assertThat(log.loadLog(NOW, NOW.plusSeconds(60), 2)).containsExactly(first, second);
        assertThat(log.loadLog(NOW.plusSeconds(31), NOW.plusSeconds(60), 10)).isEmpty();
        assertThat(second.note().operator()).isEqualTo("bo");
    }
}
