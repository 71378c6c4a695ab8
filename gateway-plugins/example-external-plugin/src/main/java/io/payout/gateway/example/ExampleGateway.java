package io.payout.gateway.example;

import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.PayoutInstruction;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pays IMPS payouts to bank accounts at once and remembers them by transaction reference, so the same reference
 * never pays twice. Thread-safe; nothing survives a restart.
 */
final class ExampleGateway implements PayoutGateway {
    private final Map<String, GatewayResult> paid = new ConcurrentHashMap<>();

    @Override
    public GatewayResult initiate(PayoutInstruction instruction) {
        if (!"IMPS".equals(instruction.rail())) {
            return new GatewayResult.Failed("EXAMPLE_UNSUPPORTED_RAIL", "only IMPS is supported",
                    FailureCategory.INTERNAL, false, null);
        }
        String ref = instruction.transactionRef();
        return paid.computeIfAbsent(ref, r -> new GatewayResult.Succeeded("EXAMPLE-" + r, raw(r, "SUCCESS")));
    }

    @Override
    public GatewayResult inquire(String transactionRef) {
        GatewayResult result = paid.get(transactionRef);
        return result != null ? result
                : new GatewayResult.Unknown("no payout with this reference", true, raw(transactionRef, "NOT_FOUND"));
    }

    /** How many payouts were made with this reference: 0 or 1. */
    int payoutsRecorded(String transactionRef) {
        return paid.containsKey(transactionRef) ? 1 : 0;
    }

    private static String raw(String transactionRef, String status) {
        return "{\"status\":\"" + status + "\",\"transactionRef\":\"" + transactionRef.replace("\"", "") + "\"}";
    }
}
