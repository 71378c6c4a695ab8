package io.payout.gateway.razorpayx;

import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutInstruction;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The body of a composite {@code POST /v1/payouts}: contact, fund account and payout in one call. */
final class PayoutRequest {
    static final Set<String> RAILS = Set.of("IMPS", "NEFT", "RTGS", "UPI");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_\\- ]{4,36}");
    private static final Pattern REFUSED_IN_NARRATION = Pattern.compile("[^A-Za-z0-9 ]");
    private static final int NARRATION_LENGTH = 30;

    private PayoutRequest() {
    }

    /** The JSON body, or {@link RefusedInstruction} when RazorpayX could not accept the instruction. */
    static String body(PayoutInstruction instruction, String accountNumber) {
        String ref = instruction.transactionRef();
        if (!IDEMPOTENCY_KEY.matcher(ref).matches()) {
            throw new RefusedInstruction("invalid_reference",
                    "RazorpayX needs 4 to 36 letters, digits, '-', '_' or spaces as the reference");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account_number", accountNumber);
        body.put("amount", paise(instruction.amount()));
        body.put("currency", "INR");
        body.put("mode", mode(instruction));
        body.put("purpose", "payout");
        body.put("fund_account", FundAccount.of(instruction.payee(), ref));
        body.put("queue_if_low_balance", Boolean.TRUE);
        body.put("reference_id", ref);
        String narration = narration(instruction.narration());
        if (!narration.isEmpty()) {
            body.put("narration", narration);
        }
        return JsonWriter.write(body);
    }

    /** Whole paise, exactly; fractions of a paisa or amounts of zero or less are refused. */
    static long paise(BigDecimal rupees) {
        try {
            long paise = rupees.movePointRight(2).longValueExact();
            if (paise > 0) {
                return paise;
            }
        } catch (ArithmeticException e) {
            // refused below
        }
        throw new RefusedInstruction("invalid_amount", "the amount must be positive whole paise");
    }

    /** Letters, digits and spaces only, at most 30 characters. */
    static String narration(String narration) {
        if (narration == null) {
            return "";
        }
        String allowed = REFUSED_IN_NARRATION.matcher(narration).replaceAll("").trim();
        return allowed.substring(0, Math.min(NARRATION_LENGTH, allowed.length())).trim();
    }

    private static String mode(PayoutInstruction instruction) {
        String rail = instruction.rail();
        if (!RAILS.contains(rail)) {
            throw new RefusedInstruction("unsupported_rail", "RazorpayX pays on IMPS, NEFT, RTGS and UPI only");
        }
        boolean vpa = instruction.payee() instanceof Payee.Vpa;
        if (vpa != rail.equals("UPI")) {
            throw new RefusedInstruction("invalid_payee_for_rail",
                    "UPI pays a VPA and IMPS, NEFT and RTGS pay a bank account");
        }
        return rail;
    }
}
