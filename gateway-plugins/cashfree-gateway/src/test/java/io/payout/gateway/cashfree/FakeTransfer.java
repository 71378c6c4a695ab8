package io.payout.gateway.cashfree;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A transfer held by {@link FakeCashfree}: its script and how far along it is. */
final class FakeTransfer {
    private final String transferId;
    private final String cfTransferId;
    private final List<FakeState> script;
    private int step;

    FakeTransfer(String transferId, List<FakeState> script) {
        this.transferId = transferId;
        this.cfTransferId = "CF" + Math.abs(transferId.hashCode());
        this.script = script;
    }

    synchronized void advance() {
        step = Math.min(step + 1, script.size() - 1);
    }

    synchronized String json() {
        FakeState state = script.get(step);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transfer_id", transferId);
        body.put("cf_transfer_id", cfTransferId);
        body.put("status", state.status());
        body.put("status_code", state.code());
        body.put("status_description", state.description());
        body.put("transfer_mode", "imps");
        body.put("added_on", "2024-07-01T10:00:00");
        if ("SUCCESS".equals(state.status())) {
            body.put("utr", "UTR" + cfTransferId);
        }
        return JsonWriter.write(body);
    }
}
