package io.payout.gateway.cashfree;

import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutInstruction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /transfers} for an instruction, or the reason it cannot be sent (checked here, before
 * anything leaves the process): an unsupported rail, a payee of the wrong kind for the rail, or an amount that is
 * not positive with at most two decimals.
 */
final class TransferRequest {
    static final Set<String> RAILS = Set.of("IMPS", "NEFT", "RTGS", "UPI");
    /** Cashfree accepts letters, digits and spaces in {@code transfer_remarks}, at most 70 of them. */
    static final int MAX_REMARKS = 70;

    private TransferRequest() {
    }

    /** Why the instruction cannot be sent, if it cannot. */
    static Optional<String> refusal(PayoutInstruction instruction) {
        if (!RAILS.contains(instruction.rail())) {
            return Optional.of("unsupported rail " + instruction.rail());
        }
        boolean upi = "UPI".equals(instruction.rail());
        if (upi != (instruction.payee() instanceof Payee.Vpa)) {
            return Optional.of(upi ? "UPI needs a VPA payee" : instruction.rail() + " needs a bank account payee");
        }
        BigDecimal amount = instruction.amount();
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            return Optional.of("amount must be above zero with at most two decimals");
        }
        return Optional.empty();
    }

    /** The JSON body; only for instructions without a {@link #refusal}. */
    static String body(PayoutInstruction instruction) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transfer_id", instruction.transactionRef());
        body.put("transfer_amount", instruction.amount().setScale(2, RoundingMode.UNNECESSARY));
        body.put("transfer_currency", "INR");
        body.put("transfer_mode", instruction.rail().toLowerCase(Locale.ROOT));
        body.put("beneficiary_details", beneficiary(instruction.payee()));
        remarks(instruction.narration()).ifPresent(remarks -> body.put("transfer_remarks", remarks));
        return JsonWriter.write(body);
    }

    static Optional<String> remarks(String narration) {
        if (narration == null) {
            return Optional.empty();
        }
        String cleaned = narration.replaceAll("[^A-Za-z0-9 ]", " ").replaceAll(" +", " ").trim();
        if (cleaned.length() > MAX_REMARKS) {
            cleaned = cleaned.substring(0, MAX_REMARKS).trim();
        }
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
    }

    private static Map<String, Object> beneficiary(Payee payee) {
        Map<String, Object> instrument = new LinkedHashMap<>();
        if (payee instanceof Payee.BankAccount bank) {
            instrument.put("bank_account_number", bank.accountNumber());
            instrument.put("bank_ifsc", bank.ifsc());
        } else if (payee instanceof Payee.Vpa vpa) {
            instrument.put("vpa", vpa.vpa());
        }
        Map<String, Object> beneficiary = new LinkedHashMap<>();
        beneficiary.put("beneficiary_id", BeneficiaryId.of(payee));
        beneficiary.put("beneficiary_name", payee.name());
        beneficiary.put("beneficiary_instrument_details", instrument);
        return beneficiary;
    }
}
