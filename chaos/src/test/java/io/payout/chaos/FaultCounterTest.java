package io.payout.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary names the expected fault kinds a run never injected. */
class FaultCounterTest {
    @Test
    void kindsNeverCountedAreNamedInTheirOrder() {
        FaultCounter faults = new FaultCounter();
        faults.count("gateway timeout");
        faults.count("gateway slow");

        assertEquals(List.of("gateway rate_limited", "gateway late_settle"), faults.neverCounted(
                List.of("gateway timeout", "gateway rate_limited", "gateway slow", "gateway late_settle")));
    }
}
