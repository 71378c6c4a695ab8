package io.payout.gateway.cashfree;

import io.payout.gateway.spi.FailureCategory;
import java.util.Map;

/**
 * What a Cashfree failure {@code status_code} means: whose fault it is and whether another attempt may help. Codes
 * not listed are {@link FailureCategory#GATEWAY}, not retryable (an unknown failure is not assumed transient).
 */
final class FailureCodes {
    /** The category and retryability of one failure code. */
    record Meaning(FailureCategory category, boolean retryable) {
    }

    private static final Meaning BENEFICIARY = new Meaning(FailureCategory.BENEFICIARY, false);
    private static final Meaning BUSINESS = new Meaning(FailureCategory.BUSINESS, false);
    private static final Meaning TRANSIENT = new Meaning(FailureCategory.GATEWAY, true);
    private static final Meaning OTHER = new Meaning(FailureCategory.GATEWAY, false);

    private static final Map<String, Meaning> MEANINGS = Map.of(
            "INVALID_IFSC_FAIL", BENEFICIARY,
            "INVALID_ACCOUNT_FAIL", BENEFICIARY,
            "BENE_BANK_DECLINED", BENEFICIARY,
            "ACCOUNT_BLOCKED", BENEFICIARY,
            "INSUFFICIENT_BALANCE", BUSINESS,
            "DEST_LIMIT_REACHED", BUSINESS,
            "BANK_GATEWAY_ERROR", TRANSIENT,
            "IMPS_MODE_FAIL", TRANSIENT,
            "REINITIALIZE_TRANSFER_LATER", TRANSIENT);

    private FailureCodes() {
    }

    static Meaning of(String statusCode) {
        return statusCode == null ? OTHER : MEANINGS.getOrDefault(statusCode, OTHER);
    }
}
