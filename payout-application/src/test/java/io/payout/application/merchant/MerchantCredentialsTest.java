package io.payout.application.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.MerchantId;
import org.junit.jupiter.api.Test;

class MerchantCredentialsTest {

    @Test
    void printingHidesTheKeyAndTheSecret() {
        String key = ApiKeys.newApiKey();
        String secret = ApiKeys.newWebhookSecret();

        String printed = new MerchantCredentials(new MerchantId("acme"), key, secret).toString();

        assertThat(printed).contains("acme").doesNotContain(key).doesNotContain(secret);
    }
}
