package io.payout.application.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.fakes.MutableClock;
import io.payout.domain.MerchantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CachedApiKeysTest {
    private static final MerchantId ACME = new MerchantId("acme");
    private static final Duration TTL = Duration.ofSeconds(10);

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T10:00:00Z"));
    private final RecordingMerchantStore store = new RecordingMerchantStore();
    private final CachedApiKeys cache = new CachedApiKeys(store, store, TTL, 100, clock);
    private final AuthenticateMerchantService authenticate = new AuthenticateMerchantService(cache, clock);
    private final String acmeKey = new CreateMerchantService(store, clock).createMerchant(ACME).apiKey();

    @Test
    void aKeyThatWorkedIsReadOnceWithinTheTtl() {
        assertThat(authenticate.authenticate(acmeKey)).contains(ACME);
        clock.advance(TTL.minusMillis(1));
        assertThat(authenticate.authenticate(acmeKey)).contains(ACME);

        assertThat(store.lookups).isEqualTo(1);
    }

    @Test
    void aKeyIsReadAgainOnceItsTtlIsOver() {
        authenticate.authenticate(acmeKey);
        clock.advance(TTL);

        assertThat(authenticate.authenticate(acmeKey)).contains(ACME);
        assertThat(store.lookups).isEqualTo(2);
    }

    @Test
    void anUnknownKeyIsReadEveryTimeAndNeverRemembered() {
        String guess = ApiKeys.newApiKey();

        for (int i = 0; i < 3; i++) {
            assertThat(authenticate.authenticate(guess)).isEmpty();
        }

        assertThat(store.lookups).isEqualTo(3);
        assertThat(cache.size()).isZero();
    }

    @Test
    void anExpiredKeyIsNotRemembered() {
        new RotateApiKeyService(store, Duration.ofMinutes(1), clock).rotateApiKey(ACME);
        clock.advance(Duration.ofMinutes(1));

        assertThat(authenticate.authenticate(acmeKey)).isEmpty();
        assertThat(authenticate.authenticate(acmeKey)).isEmpty();
        assertThat(store.lookups).isEqualTo(2);
    }

    @Test
    void aKeyRevokedThroughTheCacheIsRefusedAtOnce() {
        assertThat(authenticate.authenticate(acmeKey)).contains(ACME);

        String newKey = new RotateApiKeyService(cache, Duration.ZERO, clock).rotateApiKey(ACME).apiKey();

        assertThat(authenticate.authenticate(acmeKey)).isEmpty();
        assertThat(authenticate.authenticate(newKey)).contains(ACME);
    }

    @Test
    void aRememberedKeyStopsExactlyAtTheEndOfItsGracePeriod() {
        Duration grace = Duration.ofHours(1);
        new RotateApiKeyService(cache, grace, clock).rotateApiKey(ACME);
        clock.advance(grace.minusSeconds(5));
        assertThat(authenticate.authenticate(acmeKey)).as("remembered with its expiry").contains(ACME);

        clock.advance(Duration.ofSeconds(5));

        assertThat(authenticate.authenticate(acmeKey)).isEmpty();
        assertThat(store.lookups).as("refused from the cache, by the expiry it holds").isEqualTo(1);
    }

    @Test
    void aRotationElsewhereIsSeenWithinTheTtlAndNeverPastTheGracePeriodAsLongAsTheTtl() {
        assertThat(authenticate.authenticate(acmeKey)).contains(ACME);
        clock.advance(Duration.ofSeconds(3));
        Instant rotatedAt = clock.instant();
        new RotateApiKeyService(store, TTL, clock).rotateApiKey(ACME); // another process: the cache is not told

        for (int second = 0; second <= 15; second++) {
            boolean withinGrace = clock.instant().isBefore(rotatedAt.plus(TTL));
            assertThat(authenticate.authenticate(acmeKey).isPresent()).as("%d s after the rotation", second)
                    .isEqualTo(withinGrace);
            clock.advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void aLookupOverlappingARotationDoesNotRememberWhatItRead() {
        RotatingDuringLookup racing = new RotatingDuringLookup();
        String key = new CreateMerchantService(racing, clock).createMerchant(ACME).apiKey();
        CachedApiKeys racingCache = new CachedApiKeys(racing, racing, TTL, 100, clock);
        AuthenticateMerchantService viaRacing = new AuthenticateMerchantService(racingCache, clock);
        racing.duringNextLookup = () -> new RotateApiKeyService(racingCache, Duration.ZERO, clock).rotateApiKey(ACME);

        assertThat(viaRacing.authenticate(key)).as("read before the rotation committed").contains(ACME);
        assertThat(viaRacing.authenticate(key)).as("not remembered: read again, revoked").isEmpty();
        assertThat(racing.lookups).isEqualTo(2);
    }

    @Test
    void atMostMaxEntriesAreRememberedAndKeysPastTheirTtlMakeRoom() {
        CachedApiKeys small = new CachedApiKeys(store, store, TTL, 2, clock);
        AuthenticateMerchantService viaSmall = new AuthenticateMerchantService(small, clock);
        String[] keys = new String[3];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new CreateMerchantService(store, clock).createMerchant(new MerchantId("m" + i)).apiKey();
            assertThat(viaSmall.authenticate(keys[i])).contains(new MerchantId("m" + i));
        }
        assertThat(small.size()).isEqualTo(2);

        clock.advance(TTL);
        assertThat(viaSmall.authenticate(keys[2])).contains(new MerchantId("m2"));

        assertThat(small.size()).isEqualTo(1);
    }

    @Test
    void aZeroTtlRemembersNothing() {
        CachedApiKeys off = new CachedApiKeys(store, store, Duration.ZERO, 100, clock);
        AuthenticateMerchantService viaOff = new AuthenticateMerchantService(off, clock);

        viaOff.authenticate(acmeKey);
        viaOff.authenticate(acmeKey);

        assertThat(store.lookups).isEqualTo(2);
        assertThat(off.size()).isZero();
    }

    /** A store in which a rotation commits right after a lookup has read the key, before the lookup returns. */
    private static final class RotatingDuringLookup extends RecordingMerchantStore {
        Runnable duringNextLookup;

        @Override
        public synchronized Optional<StoredApiKey> findApiKey(String keyHash) {
            Optional<StoredApiKey> read = super.findApiKey(keyHash);
            Runnable rotation = duringNextLookup;
            duringNextLookup = null;
            if (rotation != null) {
                rotation.run();
            }
            return read;
        }
    }
}
