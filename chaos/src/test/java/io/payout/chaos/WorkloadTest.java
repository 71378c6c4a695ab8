package io.payout.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The workload's mix of outcomes and policies, and the create bodies it sends. */
class WorkloadTest {
    @Test
    void every25OrdersHoldEachFateInItsShareEachWithItsOwnAccount() {
        Map<FakePayoutLedger.Fate, Integer> fates = new HashMap<>();
        Set<String> accounts = new HashSet<>();
        for (int n = 0; n < 300; n++) {
            Workload.OrderPlan plan = Workload.plan(n);
            fates.merge(FakePayoutLedger.fate(plan.amountPaise(), 1), 1, Integer::sum);
            assertTrue(accounts.add(plan.account()));
            assertTrue(plan.amountPaise() >= 1000 && plan.amountPaise() < 10_000);
        }
        assertEquals(Map.of(FakePayoutLedger.Fate.PROCESSED, 240, FakePayoutLedger.Fate.FAILED_BENEFICIARY, 12,
                FakePayoutLedger.Fate.FAILED_GATEWAY, 36, FakePayoutLedger.Fate.REVERSED, 12), fates);
    }

    @Test
    void oddOrdersCarryATwoAttemptPolicyAndEvenOnesFollowTheMerchants() throws Exception {
        JsonNode odd = new ObjectMapper().readTree(Workload.body("chaos-3", Workload.plan(3)));
        JsonNode even = new ObjectMapper().readTree(Workload.body("chaos-28", Workload.plan(28)));

        assertEquals(2, Workload.plan(3).maxAttempts());
        assertEquals(2, odd.path("retryAttemptPolicy").path("maxAttempts").asInt());
        assertEquals("RETRY_SAME_METHOD", odd.path("retryAttemptPolicy").path("rules").get(1).path("action").asText());
        assertEquals("31.27", odd.path("amount").asText());
        assertEquals(3, Workload.plan(28).maxAttempts());
        assertFalse(even.has("retryAttemptPolicy"));
        assertEquals(Workload.plan(28).account(),
                even.path("fulfillments").get(0).path("beneficiaryDetails").path("details").path("account").asText());
    }
}
