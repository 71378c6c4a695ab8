package io.payout.gateway.cashfree;

import java.util.List;
import java.util.Map;

/** One step of a scripted transfer in {@link FakeCashfree}: a status with its code and description. */
record FakeState(String status, String code, String description) {
    static final FakeState RECEIVED = new FakeState("RECEIVED", "RECEIVED", "Transfer received");
    static final FakeState PENDING = new FakeState("PENDING", "PENDING", "Transfer is pending at the bank");
    static final FakeState SUCCESS = new FakeState("SUCCESS", "COMPLETED", "Transfer completed");
    static final FakeState REVERSED = new FakeState("REVERSED", "REVERSED", "Transfer reversed by the bank");
    static final List<FakeState> SUCCESS_ONLY = List.of(SUCCESS);

    static FakeState failed(String code) {
        return new FakeState("FAILED", code, "Failed: " + code.toLowerCase());
    }

    /** The sandbox accounts of Cashfree's test data, by account number. */
    static Map<String, List<FakeState>> sandboxScripts() {
        return Map.of(
                Sandbox.SUCCESS_ACCOUNT, List.of(SUCCESS),
                Sandbox.INVALID_ACCOUNT, List.of(failed("INVALID_ACCOUNT_FAIL")),
                Sandbox.INVALID_IFSC_ACCOUNT, List.of(failed("INVALID_IFSC_FAIL")),
                Sandbox.PENDING_ACCOUNT, List.of(RECEIVED, PENDING),
                Sandbox.PENDING_THEN_SUCCESS_ACCOUNT, List.of(RECEIVED, PENDING, SUCCESS),
                Sandbox.PENDING_THEN_FAILURE_ACCOUNT, List.of(RECEIVED, PENDING, failed("BENE_BANK_DECLINED")),
                Sandbox.SUCCESS_THEN_REVERSED_ACCOUNT, List.of(SUCCESS, SUCCESS, REVERSED));
    }
}
