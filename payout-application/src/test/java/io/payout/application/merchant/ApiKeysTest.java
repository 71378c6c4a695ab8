package io.payout.application.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void apiKeyIs64LowercaseHexCharacters() {
        assertThat(ApiKeys.newApiKey()).matches("[0-9a-f]{64}");
    }

    @Test
    void apiKeysAreDistinct() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            keys.add(ApiKeys.newApiKey());
        }
        assertThat(keys).hasSize(1000);
    }

    @Test
    void webhookSecretIsWhsecAndThirtyTwoRandomBytesInBase64() {
        String secret = ApiKeys.newWebhookSecret();

        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);
        assertThat(ApiKeys.newWebhookSecret()).isNotEqualTo(secret);
    }

    @Test
    void hashIsTheSha256OfTheKeyInLowercaseHex() {
        assertThat(ApiKeys.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hashIsStableAndNeverTheKeyItself() {
        String key = ApiKeys.newApiKey();

        assertThat(ApiKeys.hash(key)).isEqualTo(ApiKeys.hash(key)).isNotEqualTo(key).matches("[0-9a-f]{64}");
        assertThat(ApiKeys.hash(key.toUpperCase())).isNotEqualTo(ApiKeys.hash(key));
    }

    @Test
    void sameHashIsTrueOnlyForEqualHashes() {
        String hash = ApiKeys.hash("key-1");

        assertThat(ApiKeys.sameHash(hash, ApiKeys.hash("key-1"))).isTrue();
        assertThat(ApiKeys.sameHash(hash, ApiKeys.hash("key-2"))).isFalse();
        assertThat(ApiKeys.sameHash(hash, hash.substring(0, 63) + (hash.endsWith("0") ? "1" : "0"))).isFalse();
        assertThat(ApiKeys.sameHash(hash, hash.substring(0, 32))).isFalse();
        assertThat(ApiKeys.sameHash(hash, "")).isFalse();
        assertThat(ApiKeys.sameHash("", "")).isTrue();
    }
}
