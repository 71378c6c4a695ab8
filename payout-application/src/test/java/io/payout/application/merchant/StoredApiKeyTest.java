package io.payout.application.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.MerchantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoredApiKeyTest {
    private static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant EXPIRY = Instant.parse("2024-01-02T00:00:00Z");

    private static StoredApiKey expiringAt(Instant expiresAt) {
        return new StoredApiKey("hash", new MerchantId("acme"), CREATED, expiresAt);
    }

    @Test
    void keyWithoutExpiryAlwaysWorks() {
        assertThat(expiringAt(null).worksAt(Instant.parse("2999-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void keyWorksUntilJustBeforeItsExpiry() {
        assertThat(expiringAt(EXPIRY).worksAt(EXPIRY.minusNanos(1))).isTrue();
    }

    @Test
    void keyStopsAtItsExpiry() {
        assertThat(expiringAt(EXPIRY).worksAt(EXPIRY)).isFalse();
        assertThat(expiringAt(EXPIRY).worksAt(EXPIRY.plusSeconds(1))).isFalse();
    }
}
