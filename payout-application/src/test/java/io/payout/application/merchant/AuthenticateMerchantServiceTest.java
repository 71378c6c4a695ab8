package io.payout.application.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.fakes.MutableClock;
import io.payout.domain.MerchantId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class AuthenticateMerchantServiceTest {
    private static final MerchantId ACME = new MerchantId("acme");

    private final RecordingMerchantStore store = new RecordingMerchantStore();
    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T10:00:00Z"));
    private final AuthenticateMerchantService service = new AuthenticateMerchantService(store, clock);
    private final String acmeKey = new CreateMerchantService(store, clock).createMerchant(ACME).apiKey();

    @Test
    void issuedKeyAuthenticatesItsMerchant() {
        assertThat(service.authenticate(acmeKey)).contains(ACME);
    }

    @Test
    void eachKeyAuthenticatesItsOwnMerchant() {
        MerchantId globex = new MerchantId("globex");
        String globexKey = new CreateMerchantService(store, clock).createMerchant(globex).apiKey();

        assertThat(service.authenticate(globexKey)).contains(globex);
        assertThat(service.authenticate(acmeKey)).contains(ACME);
    }

    @Test
    void unknownKeyIsRefused() {
        assertThat(service.authenticate(ApiKeys.newApiKey())).isEmpty();
    }

    @Test
    void keyWithOneCharacterChangedIsRefused() {
        String changed = acmeKey.substring(0, 63) + (acmeKey.endsWith("0") ? "1" : "0");

        assertThat(service.authenticate(changed)).isEmpty();
    }

    @Test
    void keyIsCaseSensitive() {
        assertThat(service.authenticate(acmeKey.toUpperCase())).isEmpty();
    }

    @Test
    void keyWithSurroundingSpaceIsRefused() {
        assertThat(service.authenticate(" " + acmeKey)).isEmpty();
    }

    @Test
    void hashOfTheKeyIsNotAKey() {
        assertThat(service.authenticate(ApiKeys.hash(acmeKey))).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingKeyIsRefusedWithoutALookup(String key) {
        assertThat(service.authenticate(key)).isEmpty();
        assertThat(store.lookups).isZero();
    }

    @Test
    void tenKilobyteKeyIsRefusedWithoutALookup() {
        assertThat(service.authenticate(acmeKey.repeat(160))).isEmpty();
        assertThat(store.lookups).isZero();
    }

    @Test
    void expiredKeyIsRefused() {
        new RotateApiKeyService(store, Duration.ofHours(1), clock).rotateApiKey(ACME);
        clock.advance(Duration.ofHours(1));

        assertThat(service.authenticate(acmeKey)).isEmpty();
    }
}
