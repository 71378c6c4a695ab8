package io.payout.domain.collection;

/** Where the end user pays, as the provider returned them (any may be null). */
public record PaymentLinks(String web, String mobile, String iframe) {
    public static final PaymentLinks NONE = new PaymentLinks(null, null, null);
}
