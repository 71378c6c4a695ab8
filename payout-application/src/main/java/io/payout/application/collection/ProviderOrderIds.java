package io.payout.application.collection;

import java.security.SecureRandom;

/**
 * Our order ids at collection providers: Express Checkout wants letters and digits, shorter than 21 characters, so
 * our 30-character order id does not fit. A {@code P} and 19 random base-62 characters (113 bits) instead, stored
 * with the payment under a unique index, which maps it back to exactly one order.
 */
public final class ProviderOrderIds {
    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
            .toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ProviderOrderIds() {
    }

    public static String next() {
        char[] id = new char[20];
        id[0] = 'P';
        for (int i = 1; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
