package io.payout.gateway.dummy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the DUMMY gateway's configuration section. A missing, null or blank value is absent; a bad value is an
 * {@link IllegalArgumentException} naming its key. Keys the sandbox does not know are ignored.
 */
final class ConfigurationSection {
    private final Map<String, String> values;

    ConfigurationSection(Map<String, String> values) {
        this.values = new HashMap<>(values);
    }

    /** A number from 0 to 1. */
    double share(String key, double fallback) {
        return text(key).map(value -> {
            BigDecimal share = decimal(key, value);
            if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw bad(key, value, "a number from 0 to 1");
            }
            return share.doubleValue();
        }).orElse(fallback);
    }

    /** An amount of money: a decimal of zero or more with at most 2 decimals. */
    BigDecimal amount(String key, BigDecimal fallback) {
        return text(key).map(value -> {
            BigDecimal amount;
            try {
                amount = new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw bad(key, value, "an amount such as 100000.00");
            }
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                throw bad(key, value, "an amount of zero or more with at most 2 decimals");
            }
            return amount;
        }).orElse(fallback);
    }

    /** A whole number of zero or more. */
    long nonNegativeLong(String key, long fallback) {
        long number = optionalLong(key).orElse(fallback);
        if (number < 0) {
            throw bad(key, text(key).orElseThrow(), "a whole number of zero or more");
        }
        return number;
    }

    OptionalLong optionalLong(String key) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.get()));
        } catch (NumberFormatException e) {
            throw bad(key, value.get(), "a whole number");
        }
    }

    private Optional<String> text(String key) {
        return Optional.ofNullable(values.get(key)).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static BigDecimal decimal(String key, String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw bad(key, value, "a number from 0 to 1");
        }
    }

    private static IllegalArgumentException bad(String key, String value, String expected) {
        return new IllegalArgumentException(
                "DUMMY gateway configuration '" + key + "' must be " + expected + ", was '" + value + "'");
    }
}
