package io.payout.application.merchant;

import java.time.Instant;

/** A new API key, and when the keys it replaces stop working. */
public record RotatedApiKey(String apiKey, Instant oldKeysExpireAt) {
    @Override
    public String toString() {
        return "RotatedApiKey[apiKey=***, oldKeysExpireAt=" + oldKeysExpireAt + "]";
    }
}
