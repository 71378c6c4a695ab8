package io.payout.application.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.NotFoundException;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.application.operator.port.RoutingControlPort;
import io.payout.domain.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PauseRoutingServiceTest {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final OperatorNote NOTE = new OperatorNote("asha", "IMPS outage");

    /** One instance's switches: running DUMMY with two methods; what it was last told is paused. */
    private static final class Instance implements RoutingControlPort {
        final Set<String> paused = new HashSet<>();

        @Override
        public boolean isGateway(String name) {
            return name.equals("DUMMY");
        }

        @Override
        public boolean isMethod(String name) {
            return name.equals("DUMMY_IMPS") || name.equals("DUMMY_UPI");
        }

        @Override
        public void applyPauses(Set<String> names) {
            paused.clear();
            paused.addAll(names);
        }
    }

    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private final Instance here = new Instance();
    private final Instance there = new Instance();
    private final PauseRoutingService service =
            new PauseRoutingService(store, here, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aPauseIsSavedLoggedAndObeyedHereAtOnceAndThereAtItsNextSync() {
        assertThat(service.change(new PauseRoutingCommand(" DUMMY_IMPS ", true, NOTE))).isTrue();

        assertThat(here.paused).containsExactly("DUMMY_IMPS");
        assertThat(there.paused).isEmpty();
        new SyncRoutingPausesService(store, there).sync();
        assertThat(there.paused).containsExactly("DUMMY_IMPS");
        assertThat(store.loadLog(NOW, NOW.plusSeconds(1), 10)).containsExactly(
                new OperatorLogEntry(OperatorLogEntry.PAUSE, "DUMMY_IMPS", null, NOTE, "method", NOW));
    }

    @Test
    void pausingTwiceChangesAndLogsOnceAndResumingTakesItBack() {
        service.change(new PauseRoutingCommand("DUMMY", true, NOTE));
        assertThat(service.change(new PauseRoutingCommand("DUMMY", true, NOTE))).isFalse();
        assertThat(service.change(new PauseRoutingCommand("DUMMY", false, NOTE))).isTrue();

        assertThat(here.paused).isEmpty();
        assertThat(store.loadLog(NOW, NOW.plusSeconds(1), 10)).extracting(OperatorLogEntry::action)
                .isEqualTo(List.of("PAUSE", "RESUME"));
    }

    @Test
    void anUnknownNameOrAMissingOperatorOrReasonChangesNothing() {
        assertThatThrownBy(() -> service.change(new PauseRoutingCommand("NOPE_IMPS", true, NOTE)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("NOPE_IMPS");
        assertThatThrownBy(() -> new OperatorNote(" ", "why")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("operator");
        assertThatThrownBy(() -> new OperatorNote("asha", null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> new PauseRoutingCommand(" ", true, NOTE)).isInstanceOf(InvalidInputException.class);

        assertThat(store.pausedNames()).isEmpty();
        assertThat(store.loadLog(NOW.minusSeconds(60), NOW.plusSeconds(60), 10)).isEmpty();
    }
}
