package io.payout.gateway.razorpayx;

import io.payout.gateway.spi.Payee;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code fund_account} of a composite payout, with its {@code contact}. Members are in a fixed order, so the
 * same instruction always makes the same body (RazorpayX refuses a repeated idempotency key with another body).
 */
final class FundAccount {
    private FundAccount() {
    }

    static Map<String, Object> of(Payee payee, String transactionRef) {
        Map<String, Object> fundAccount = new LinkedHashMap<>();
        if (payee instanceof Payee.Vpa vpa) {
            fundAccount.put("account_type", "vpa");
            fundAccount.put("vpa", ordered("address", vpa.vpa()));
        } else {
            Payee.BankAccount bank = (Payee.BankAccount) payee;
            Map<String, Object> account = ordered("name", bank.name());
            account.put("ifsc", bank.ifsc());
            account.put("account_number", bank.accountNumber());
            fundAccount.put("account_type", "bank_account");
            fundAccount.put("bank_account", account);
        }
        fundAccount.put("contact", contact(payee, transactionRef));
        return fundAccount;
    }

    private static Map<String, Object> contact(Payee payee, String transactionRef) {
        Map<String, Object> contact = ordered("name", payee.name());
        contact.put("type", "customer");
        contact.put("reference_id", transactionRef);
        if (payee instanceof Payee.Vpa vpa && vpa.mobileNo() != null && !vpa.mobileNo().isBlank()) {
            contact.put("contact", vpa.mobileNo());
        }
        return contact;
    }

    private static Map<String, Object> ordered(String name, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(name, value);
        return map;
    }
}
