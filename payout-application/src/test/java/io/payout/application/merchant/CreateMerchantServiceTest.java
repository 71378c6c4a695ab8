package io.payout.application.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.ConflictException;
import io.payout.application.fakes.MutableClock;
import io.payout.domain.MerchantId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CreateMerchantServiceTest {
    private static final Instant START = Instant.parse("2024-03-01T10:00:00Z");
    private static final MerchantId ACME = new MerchantId("acme");

    private final RecordingMerchantStore store = new RecordingMerchantStore();
    private final MutableClock clock = new MutableClock(START);
    private final CreateMerchantService service = new CreateMerchantService(store, clock);

    @Test
    void newMerchantGetsA64HexKeyAndAWebhookSecret() {
        MerchantCredentials credentials = service.createMerchant(ACME);

        assertThat(credentials.merchantId()).isEqualTo(ACME);
        assertThat(credentials.apiKey()).matches("[0-9a-f]{64}");
        assertThat(credentials.webhookSecret()).startsWith("whsec_").hasSizeGreaterThan("whsec_".length() + 40);
    }

    @Test
    void merchantIsStoredWithItsCreationTime() {
        service.createMerchant(ACME);

        assertThat(store.merchantExists(ACME)).isTrue();
        assertThat(store.listMerchants(START)).singleElement()
                .isEqualTo(new MerchantSummary(ACME, START, 1));
    }

    @Test
    void storeHoldsTheHashOfTheKeyNeverTheKey() {
        String key = service.createMerchant(ACME).apiKey();

        assertThat(store.findApiKey(ApiKeys.hash(key))).hasValueSatisfying(stored -> {
            assertThat(stored.merchantId()).isEqualTo(ACME);
            assertThat(stored.createdAt()).isEqualTo(START);
            assertThat(stored.expiresAt()).isNull();
        });
        assertThat(store.findApiKey(key)).isEmpty();
        assertThat(store.written).isNotEmpty().noneMatch(value -> value.contains(key));
    }

    @Test
    void storeIsGivenTheWebhookSecretThatWasReturned() {
        MerchantCredentials credentials = service.createMerchant(ACME);

        assertThat(store.written).contains(credentials.webhookSecret());
    }

    @Test
    void eachMerchantGetsItsOwnKeyAndSecret() {
        MerchantCredentials acme = service.createMerchant(ACME);
        MerchantCredentials globex = service.createMerchant(new MerchantId("globex"));

        assertThat(globex.apiKey()).isNotEqualTo(acme.apiKey());
        assertThat(globex.webhookSecret()).isNotEqualTo(acme.webhookSecret());
    }

    @Test
    void creatingAnExistingMerchantIsAConflictAndKeepsItsKey() {
        String key = service.createMerchant(ACME).apiKey();
        clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> service.createMerchant(ACME))
                .isInstanceOf(ConflictException.class).hasMessageContaining("acme");

        assertThat(store.storedKey(key)).isPresent();
        assertThat(store.listMerchants(clock.instant())).singleElement()
                .isEqualTo(new MerchantSummary(ACME, START, 1));
    }
}
