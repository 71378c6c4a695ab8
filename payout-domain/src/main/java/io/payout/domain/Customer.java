package io.payout.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** The end user an order pays: the merchant's customer id, and optional phone and e-mail. */
public record Customer(CustomerId id, String phone, String email) {
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{6,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]{1,255}");

    public Customer {
        Objects.requireNonNull(id, "id");
        if (phone != null) {
            InvalidInputException.at("customerPhone", () -> Text.matching(phone, PHONE, "6 to 15 digits, optionally after +"));
        }
        if (email != null) {
            InvalidInputException.at("customerEmail", () -> Text.matching(email, EMAIL, "an e-mail address"));
        }
    }
}
