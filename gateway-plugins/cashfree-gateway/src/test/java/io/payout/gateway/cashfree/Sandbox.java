package io.payout.gateway.cashfree;

import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutInstruction;
import java.math.BigDecimal;
import java.util.Map;

/** Cashfree's sandbox test accounts, and instructions and gateways built for the tests. */
final class Sandbox {
    static final String IFSC = "YESB0000262";
    static final String SUCCESS_ACCOUNT = "026291800001191";
    static final String INVALID_ACCOUNT = "026291800001190";
    static final String INVALID_IFSC_ACCOUNT = "2640101002729";
    static final String PENDING_ACCOUNT = "007711000031";
    static final String PENDING_THEN_SUCCESS_ACCOUNT = "00224412311300";
    static final String PENDING_THEN_FAILURE_ACCOUNT = "7766666351000";
    static final String SUCCESS_THEN_REVERSED_ACCOUNT = "02014457596969";

    private Sandbox() {
    }

    static PayoutInstruction imps(String ref, String account) {
        return new PayoutInstruction(ref, "IMPS", new BigDecimal("10.50"),
                new Payee.BankAccount("Asha Rao", account, IFSC), "Order 42 refund");
    }

    static PayoutInstruction upi(String ref, String vpa) {
        return new PayoutInstruction(ref, "UPI", new BigDecimal("5"), new Payee.Vpa("Ravi K", vpa, null), null);
    }

    static Map<String, String> configuration(FakeCashfree fake) {
        return Map.of("base-url", fake.baseUrl(), "client-id", FakeCashfree.CLIENT_ID,
                "client-secret", FakeCashfree.CLIENT_SECRET, "request-timeout-ms", "1000");
    }

    static CashfreeGateway gateway(FakeCashfree fake) {
        return (CashfreeGateway) new CashfreeGatewayPlugin().create(configuration(fake));
    }
}
