package io.payout.domain.beneficiary;

import io.payout.domain.Text;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Our id of a saved beneficiary ({@code uniqueId} in the API): 30 lowercase hex characters, the shape of our order
 * ids. Its callbacks are numbered and keyed by it ({@code <uniqueId>-c<seq>}).
 */
public record BeneficiaryUniqueId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{30}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public BeneficiaryUniqueId {
        Text.matching(value, SHAPE, "30 hexadecimal characters");
    }

    public static BeneficiaryUniqueId random() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return new BeneficiaryUniqueId(HexFormat.of().formatHex(bytes));
    }

    @Override
    public String toString() {
        return value;
    }
}
