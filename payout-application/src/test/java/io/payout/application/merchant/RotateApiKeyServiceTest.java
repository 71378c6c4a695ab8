package io.payout.application.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.NotFoundException;
import io.payout.application.fakes.MutableClock;
import io.payout.domain.MerchantId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RotateApiKeyServiceTest {
    private static final Instant START = Instant.parse("2024-03-01T10:00:00Z");
    private static final Duration GRACE = Duration.ofHours(24);
    private static final MerchantId ACME = new MerchantId("acme");

    private final RecordingMerchantStore store = new RecordingMerchantStore();
    private final MutableClock clock = new MutableClock(START);
    private final RotateApiKeyService rotate = rotationWithGrace(GRACE);
    private final AuthenticateMerchantService authenticate = new AuthenticateMerchantService(store, clock);
    private final String firstKey = new CreateMerchantService(store, clock).createMerchant(ACME).apiKey();

    private RotateApiKeyService rotationWithGrace(Duration grace) {
        return new RotateApiKeyService(store, grace, clock);
    }

    private boolean works(String key) {
        return authenticate.authenticate(key).isPresent();
    }

    @Test
    void newKeyWorksAtOnceAndIsNotTheOldOne() {
        RotatedApiKey rotated = rotate.rotateApiKey(ACME);

        assertThat(rotated.apiKey()).matches("[0-9a-f]{64}").isNotEqualTo(firstKey);
        assertThat(authenticate.authenticate(rotated.apiKey())).contains(ACME);
    }

    @Test
    void oldKeysExpireAfterTheGracePeriod() {
        assertThat(rotate.rotateApiKey(ACME).oldKeysExpireAt()).isEqualTo(START.plus(GRACE));
        assertThat(store.storedKey(firstKey)).hasValueSatisfying(
                k -> assertThat(k.expiresAt()).isEqualTo(START.plus(GRACE)));
    }

    @Test
    void oldKeyWorksUntilTheGracePeriodEndsAndThenNot() {
        String newKey = rotate.rotateApiKey(ACME).apiKey();

        clock.advance(GRACE.minusSeconds(1));
        assertThat(works(firstKey)).isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(works(firstKey)).isFalse();
        assertThat(works(newKey)).isTrue();
    }

    @Test
    void storeHoldsTheHashOfTheNewKeyNeverTheKey() {
        String newKey = rotate.rotateApiKey(ACME).apiKey();

        assertThat(store.storedKey(newKey)).hasValueSatisfying(k -> {
            assertThat(k.merchantId()).isEqualTo(ACME);
            assertThat(k.createdAt()).isEqualTo(START);
            assertThat(k.expiresAt()).isNull();
        });
        assertThat(store.written).noneMatch(value -> value.contains(newKey));
    }

    @Test
    void secondRotationDoesNotExtendTheFirstKeysExpiry() {
        Duration hour = Duration.ofHours(1);
        String secondKey = rotationWithGrace(hour).rotateApiKey(ACME).apiKey();
        clock.advance(Duration.ofMinutes(30));
        String thirdKey = rotationWithGrace(hour).rotateApiKey(ACME).apiKey();

        clock.advance(Duration.ofMinutes(30));
        assertThat(works(firstKey)).isFalse();
        assertThat(works(secondKey)).isTrue();

        clock.advance(Duration.ofMinutes(30));
        assertThat(works(secondKey)).isFalse();
        assertThat(works(thirdKey)).isTrue();
    }

    @Test
    void longerGraceLaterNeverExtendsAnEarlierExpiry() {
        rotationWithGrace(Duration.ofHours(1)).rotateApiKey(ACME);
        rotationWithGrace(Duration.ofDays(30)).rotateApiKey(ACME);

        assertThat(store.storedKey(firstKey)).hasValueSatisfying(
                k -> assertThat(k.expiresAt()).isEqualTo(START.plus(Duration.ofHours(1))));
        clock.advance(Duration.ofHours(1));
        assertThat(works(firstKey)).isFalse();
    }

    @Test
    void rotationWithoutGraceStopsOldKeysAtOnce() {
        rotate.rotateApiKey(ACME);
        String secondKey = rotate.rotateApiKey(ACME).apiKey();

        RotatedApiKey emergency = rotationWithGrace(Duration.ZERO).rotateApiKey(ACME);

        assertThat(works(firstKey)).isFalse();
        assertThat(works(secondKey)).isFalse();
        assertThat(works(emergency.apiKey())).isTrue();
    }

    @Test
    void otherMerchantsKeysAreUntouched() {
        MerchantId globex = new MerchantId("globex");
        String globexKey = new CreateMerchantService(store, clock).createMerchant(globex).apiKey();

        rotationWithGrace(Duration.ZERO).rotateApiKey(ACME);

        assertThat(authenticate.authenticate(globexKey)).contains(globex);
        assertThat(store.storedKey(globexKey)).hasValueSatisfying(k -> assertThat(k.expiresAt()).isNull());
    }

    @Test
    void unknownMerchantIsNotFoundAndGetsNoKey() {
        assertThatThrownBy(() -> rotate.rotateApiKey(new MerchantId("nobody")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nobody");

        String attempted = store.keyHashes.get(store.keyHashes.size() - 1);
        assertThat(store.findApiKey(attempted)).isEmpty();
        assertThat(works(firstKey)).isTrue();
    }
}
