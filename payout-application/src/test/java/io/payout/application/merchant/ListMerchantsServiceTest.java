package io.payout.application.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.fakes.InMemoryMerchantStore;
import io.payout.application.fakes.MutableClock;
import io.payout.domain.MerchantId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ListMerchantsServiceTest {
    private static final Instant START = Instant.parse("2024-03-01T10:00:00Z");
    private static final Duration GRACE = Duration.ofHours(1);
    private static final MerchantId ACME = new MerchantId("acme");
    private static final MerchantId GLOBEX = new MerchantId("globex");

    private final InMemoryMerchantStore store = new InMemoryMerchantStore();
    private final MutableClock clock = new MutableClock(START);
    private final ListMerchantsService list = new ListMerchantsService(store, clock);
    private final CreateMerchantService create = new CreateMerchantService(store, clock);
    private final RotateApiKeyService rotate = new RotateApiKeyService(store, GRACE, clock);

    @Test
    void noMerchantsListsNothing() {
        assertThat(list.listMerchants()).isEmpty();
    }

    @Test
    void listsEveryMerchantWithItsCreationTimeAndOneKey() {
        create.createMerchant(GLOBEX);
        clock.advance(Duration.ofMinutes(1));
        create.createMerchant(ACME);

        assertThat(list.listMerchants()).containsExactly(
                new MerchantSummary(ACME, START.plus(Duration.ofMinutes(1)), 1),
                new MerchantSummary(GLOBEX, START, 1));
    }

    @Test
    void keysInTheirGracePeriodCountAsActive() {
        create.createMerchant(ACME);
        rotate.rotateApiKey(ACME);
        rotate.rotateApiKey(ACME);

        assertThat(list.listMerchants()).singleElement().extracting(MerchantSummary::activeApiKeys).isEqualTo(3);
    }

    @Test
    void expiredKeysAreNotCounted() {
        create.createMerchant(ACME);
        create.createMerchant(GLOBEX);
        rotate.rotateApiKey(ACME);
        clock.advance(GRACE);

        assertThat(list.listMerchants()).extracting(MerchantSummary::activeApiKeys).containsExactly(1, 1);
    }
}
