package io.payout.collection.expresscheckout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * What Express Checkout accepts from us, checked before any call: order ids of letters and digits, at most 20
 * characters; refund request ids of letters, digits, {@code _} and {@code -}, at most 64; amounts above zero with at
 * most two decimals. A refusal is an {@link IllegalArgumentException}: our request is wrong, nothing was sent.
 */
final class ProviderIds {
    static final int MAX_ORDER_ID_LENGTH = 20;
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9]{1," + MAX_ORDER_ID_LENGTH + "}");
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");

    private ProviderIds() {
    }

    static boolean isOrderId(String id) {
        return id != null && ORDER_ID.matcher(id).matches();
    }

    static String orderId(String id) {
        if (!isOrderId(id)) {
            throw new IllegalArgumentException("an Express Checkout order id must be 1 to " + MAX_ORDER_ID_LENGTH
                    + " letters and digits");
        }
        return id;
    }

    static String uniqueRequestId(String id) {
        if (id == null || !REQUEST_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "a refund's unique request id must be 1 to 64 letters, digits, '_' or '-'");
        }
        return id;
    }

    /** The amount with exactly two decimals, as Express Checkout takes it. */
    static String amount(BigDecimal amount) {
        try {
            BigDecimal rupees = amount.setScale(2, RoundingMode.UNNECESSARY);
            if (rupees.signum() > 0) {
                return rupees.toPlainString();
            }
        } catch (ArithmeticException e) {
            // refused below
        }
        throw new IllegalArgumentException("the amount must be above zero with at most two decimals");
    }
}
