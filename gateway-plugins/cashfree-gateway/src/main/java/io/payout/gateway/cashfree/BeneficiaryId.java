package io.payout.gateway.cashfree;

import io.payout.gateway.spi.Payee;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A stable Cashfree {@code beneficiary_id} for a payee: {@code PB} (bank account) or {@code PV} (VPA) and the first
 * 40 hex digits of the SHA-256 of its instrument and name. 42 letters and digits; the same payee always gets the
 * same id, and the id does not reveal the account number.
 */
final class BeneficiaryId {
    private BeneficiaryId() {
    }

    static String of(Payee payee) {
        if (payee instanceof Payee.BankAccount bank) {
            return "PB" + digest("B|" + norm(bank.accountNumber()) + "|" + norm(bank.ifsc()).toUpperCase(Locale.ROOT)
                    + "|" + norm(bank.name()));
        }
        Payee.Vpa vpa = (Payee.Vpa) payee;
        return "PV" + digest("V|" + norm(vpa.vpa()).toLowerCase(Locale.ROOT) + "|" + norm(vpa.name()));
    }

    private static String digest(String key) {
        return sha256Hex(key).substring(0, 40).toUpperCase(Locale.ROOT);
    }

    private static String norm(String value) {
        return value == null ? "" : value.trim();
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
