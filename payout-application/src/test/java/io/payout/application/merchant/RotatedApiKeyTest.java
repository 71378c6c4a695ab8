package io.payout.application.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RotatedApiKeyTest {

    @Test
    void printingHidesTheKeyButShowsTheExpiry() {
        String key = ApiKeys.newApiKey();

        String printed = new RotatedApiKey(key, Instant.parse("2024-01-02T00:00:00Z")).toString();

        assertThat(printed).doesNotContain(key).contains("2024-01-02T00:00:00Z");
    }
}
