package io.payout.domain;

/** The five user-defined fields a merchant may attach to an order or fulfillment; echoed back as sent. */
public record Udfs(String udf1, String udf2, String udf3, String udf4, String udf5) {
    public static final int MAX_LENGTH = 255;
    public static final Udfs NONE = new Udfs(null, null, null, null, null);

    public Udfs {
        InvalidInputException.at("udf1", () -> Text.optional(udf1, MAX_LENGTH));
        InvalidInputException.at("udf2", () -> Text.optional(udf2, MAX_LENGTH));
        InvalidInputException.at("udf3", () -> Text.optional(udf3, MAX_LENGTH));
        InvalidInputException.at("udf4", () -> Text.optional(udf4, MAX_LENGTH));
        InvalidInputException.at("udf5", () -> Text.optional(udf5, MAX_LENGTH));
    }
}
