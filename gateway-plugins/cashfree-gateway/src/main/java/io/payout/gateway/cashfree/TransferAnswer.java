package io.payout.gateway.cashfree;

import io.payout.gateway.spi.GatewayResult;
import java.util.List;
import java.util.Map;

/**
 * Reads a 2xx body holding a transfer: an object, or (as some API versions answer a status query) an array whose
 * first element is the transfer. Unreadable JSON is unknown.
 */
final class TransferAnswer {
    private TransferAnswer() {
    }

    static GatewayResult transfer(String body, String transactionRef, String raw) {
        try {
            Object parsed = JsonReader.parse(body);
            if (parsed instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first) {
                parsed = first;
            }
            if (!(parsed instanceof Map<?, ?> map)) {
                return new GatewayResult.Unknown("Cashfree answered without a transfer", false, raw);
            }
            return TransferStatusMapper.map(new JsonFields(map), transactionRef, raw);
        } catch (JsonReader.MalformedJson e) {
            return new GatewayResult.Unknown("Cashfree answered unreadable JSON: " + e.getMessage(), false, raw);
        }
    }

    /** Whether a 2xx status query answer says there is no such transfer (an empty array, or a not-found code). */
    static boolean saysNotFound(String body) {
        try {
            Object parsed = JsonReader.parse(body);
            if (parsed instanceof List<?> list) {
                return list.isEmpty();
            }
            return parsed instanceof Map<?, ?> map && !map.containsKey("status")
                    && CashfreeError.parse(body).isNotFound();
        } catch (JsonReader.MalformedJson e) {
            return false;
        }
    }
}
