package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.callback.WebhookSecrets;
import io.payout.application.callback.port.LoadMerchantWebhookPort;
import io.payout.application.callback.port.SaveMerchantWebhookPort;
import io.payout.application.merchant.MerchantSummary;
import io.payout.application.merchant.StoredApiKey;
import io.payout.application.merchant.port.LoadMerchantPort;
import io.payout.application.merchant.port.SaveMerchantPort;
import io.payout.domain.Merchant;
import io.payout.domain.MerchantId;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.callback.WebhookSubscription;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store behind {@link LoadMerchantPort}, {@link SaveMerchantPort}, {@link LoadMerchantWebhookPort} and
 * {@link SaveMerchantWebhookPort} must do.
 */
abstract class MerchantStoreContract<S extends LoadMerchantPort & SaveMerchantPort & LoadMerchantWebhookPort
        & SaveMerchantWebhookPort> {
    static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123456Z");
    static final Instant IN_AN_HOUR = NOW.plus(Duration.ofHours(1));
    static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));
    static final MerchantId ALPHA = new MerchantId("m-alpha");
    static final WebhookTarget HOOK = new WebhookTarget("https://merchant.example/hooks", "hook-user", "hook-pass",
            "{\"x-tenant\":\"t1\"}");

    protected S store;

    /** A new store without merchants. */
    protected abstract S newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @Test
    void newMerchantExistsWithItsFirstKeyNotSetToExpire() {
        assertThat(store.insertMerchant(new Merchant(ALPHA, NOW), "hash-1", "whsec_1")).isTrue();

        assertThat(store.merchantExists(ALPHA)).isTrue();
        assertThat(store.findApiKey("hash-1")).contains(new StoredApiKey("hash-1", ALPHA, NOW, null));
    }

    @Test
    void duplicateMerchantIsNotWritten() {
        store.insertMerchant(new Merchant(ALPHA, NOW), "hash-1", "whsec_1");

        assertThat(store.insertMerchant(new Merchant(ALPHA, TOMORROW), "hash-2", "whsec_2")).isFalse();

        assertThat(store.findApiKey("hash-2")).isEmpty();
        assertThat(store.findApiKey("hash-1")).contains(new StoredApiKey("hash-1", ALPHA, NOW, null));
        assertThat(store.listMerchants(NOW)).containsExactly(new MerchantSummary(ALPHA, NOW, 1));
    }

    @Test
    void unknownMerchantsAndKeysAreNotFound() {
        store.insertMerchant(new Merchant(ALPHA, NOW), "hash-1", "whsec_1");

        assertThat(store.merchantExists(new MerchantId("m-other"))).isFalse();
        assertThat(store.findApiKey("hash-unknown")).isEmpty();
    }

    @Test
    void rotationSetsOldKeysToExpireAndAddsAKeyThatWorks() {
        store.insertMerchant(new Merchant(ALPHA, NOW), "hash-1", "whsec_1");

        assertThat(store.rotateApiKey(ALPHA, "hash-2", NOW, IN_AN_HOUR)).isTrue();

        assertThat(store.findApiKey("hash-1")).contains(new StoredApiKey("hash-1", ALPHA, NOW, IN_AN_HOUR));
        StoredApiKey fresh = store.findApiKey("hash-2").orElseThrow();
        assertThat(fresh).isEqualTo(new StoredApiKey("hash-2", ALPHA, NOW, null));
        assertThat(fresh.worksAt(TOMORROW)).isTrue();
    }

    @Test
    void rotationNeverExtendsAnEarlierExpiry() {
        store.insertMerchant(new Merchant(ALPHA, NOW), "hash-1", "whsec_1");
        store.rotateApiKey(ALPHA, "hash-2", NOW, IN_AN_HOUR);

        store.rotateApiKey(ALPHA, "hash-3", NOW.plusSeconds(60), TOMORROW);

        assertThat(store.findApiKey("hash-1").orElseThrow().expiresAt()).isEqualTo(IN_AN_HOUR);
        assertThat(store.findApiKey("hash-2").orElseThrow().expiresAt()).isEqualTo(TOMORROW);
        assertThat(store.findApiKey("hash-3").orElseThrow().expiresAt()).isNull();
    }

    @Test
    void rotationShortensALaterExpiry() {
        store.insertMerchant(new Merchant(ALPHA, NOW), "hash-1", "whsec_1");
        store.rotateApiKey(ALPHA, "hash-2", NOW, TOMORROW);

        store.rotateApiKey(ALPHA, "hash-3", NOW, IN_AN_HOUR);

        assertThat(store.findApiKey("hash-1").orElseThrow().expiresAt()).isEqualTo(IN_AN_HOUR);
        assertThat(store.findApiKey("hash-2").orElseThrow().expiresAt()).isEqualTo(IN_AN_HOUR);
    }

    @Test
    void rotationForUnknownMerchantWritesNothing() {
        assertThat(store.rotateApiKey(ALPHA, "hash-2", NOW, IN_AN_HOUR)).isFalse();

        assertThat(store.findApiKey("hash-2")).isEmpty();
        assertThat(store.merchantExists(ALPHA)).isFalse();
    }

    @Test
    void merchantsAreListedByIdCountingKeysThatWorkAtTheGivenTime() {
        MerchantId upper = new MerchantId("B-merchant");
        MerchantId lower = new MerchantId("a-merchant");
        store.insertMerchant(new Merchant(lower, NOW), "hash-a", "whsec_a");
        store.insertMerchant(new Merchant(upper, TOMORROW), "hash-b", "whsec_b");
        store.rotateApiKey(lower, "hash-a2", NOW, IN_AN_HOUR);

        assertThat(store.listMerchants(NOW)).containsExactly(
                new MerchantSummary(upper, TOMORROW, 1), new MerchantSummary(lower, NOW, 2));
        assertThat(store.listMerchants(IN_AN_HOUR)).containsExactly(
                new MerchantSummary(upper, TOMORROW, 1), new MerchantSummary(lower, NOW, 1));
    }

    @Test
    void noMerchantsListNothing() {
        assertThat(store.listMerchants(NOW)).isEmpty();
    }

    @Test
    void concurrentCreatesOfOneMerchantWriteExactlyOne() throws Exception {
        List<Boolean> written = Race.run(10,
                i -> () -> store.insertMerchant(new Merchant(ALPHA, NOW), "hash-" + i, "whsec_" + i));

        assertThat(written).containsOnlyOnce(true).hasSize(10);
        assertThat(store.findApiKey("hash-" + written.indexOf(true))).isPresent();
        assertThat(store.listMerchants(NOW)).containsExactly(new MerchantSummary(ALPHA, NOW, 1));
    }

    @Test
    void merchantWithoutACallbackUrlHasNoSubscription() {
        store.insertMerchant(new Merchant(ALPHA, NOW), "hash-1", "whsec_1");

        assertThat(store.subscription(ALPHA)).isEmpty();
        assertThat(store.subscription(new MerchantId("m-other"))).isEmpty();
    }

    @Test
    void subscriptionRoundTripsWithItsTargetAndLabels() {
        store.insertMerchant(new Merchant(ALPHA, NOW), "hash-1", "whsec_1");
        WebhookSubscription some = new WebhookSubscription(HOOK, Set.of(EventLabel.ORDER, EventLabel.FULFILLMENT_TXN));

        assertThat(store.saveSubscription(ALPHA, some)).isTrue();

        WebhookSubscription loaded = store.subscription(ALPHA).orElseThrow();
        assertThat(loaded).isEqualTo(some);
        assertThat(loaded.wants(EventLabel.FULFILLMENT_ORDER)).isFalse();
    }

    @Test
    void subscriptionWithoutLabelsOrWithEveryLabelWantsEveryLabel() {
        store.insertMerchant(new Merchant(ALPHA, NOW), "hash-1", "whsec_1");
        WebhookTarget bare = new WebhookTarget("http://merchant.example/cb", null, null, null);

        store.saveSubscription(ALPHA, new WebhookSubscription(bare, Set.of()));
        WebhookSubscription none = store.subscription(ALPHA).orElseThrow();
        store.saveSubscription(ALPHA, new WebhookSubscription(HOOK, EnumSet.allOf(EventLabel.class)));
        WebhookSubscription every = store.subscription(ALPHA).orElseThrow();

        assertThat(none).isEqualTo(new WebhookSubscription(bare, null));
        assertThat(none.labels()).containsExactlyInAnyOrder(EventLabel.values());
        assertThat(every.labels()).containsExactlyInAnyOrder(EventLabel.values());
        assertThat(every.target()).isEqualTo(HOOK);
    }

    @Test
    void savingNoSubscriptionClearsIt() {
        store.insertMerchant(new Merchant(ALPHA, NOW), "hash-1", "whsec_1");
        store.saveSubscription(ALPHA, new WebhookSubscription(HOOK, Set.of(EventLabel.ORDER)));

        assertThat(store.saveSubscription(ALPHA, null)).isTrue();

        assertThat(store.subscription(ALPHA)).isEmpty();
        assertThat(store.secrets(ALPHA, NOW)).contains(new WebhookSecrets("whsec_1", null));
    }

    @Test
    void webhookChangesForAnUnknownMerchantAreRefused() {
        assertThat(store.saveSubscription(ALPHA, new WebhookSubscription(HOOK, Set.of()))).isFalse();
        assertThat(store.rotateSecret(ALPHA, "whsec_2", IN_AN_HOUR)).isFalse();

        assertThat(store.subscription(ALPHA)).isEmpty();
        assertThat(store.secrets(ALPHA, NOW)).isEmpty();
    }

    @Test
    void newMerchantSignsWithItsFirstSecretAlone() {
        store.insertMerchant(new Merchant(ALPHA, NOW), "hash-1", "whsec_1");

        assertThat(store.secrets(ALPHA, NOW)).contains(new WebhookSecrets("whsec_1", null));
    }

    @Test
    void rotatedSecretSignsAtOnceAndThePreviousOneUntilItsOverlapEnds() {
        store.insertMerchant(new Merchant(ALPHA, NOW), "hash-1", "whsec_1");

        assertThat(store.rotateSecret(ALPHA, "whsec_2", IN_AN_HOUR)).isTrue();

        assertThat(store.secrets(ALPHA, NOW)).contains(new WebhookSecrets("whsec_2", "whsec_1"));
        assertThat(store.secrets(ALPHA, IN_AN_HOUR.minusNanos(1000)))
                .contains(new WebhookSecrets("whsec_2", "whsec_1"));
        assertThat(store.secrets(ALPHA, IN_AN_HOUR)).contains(new WebhookSecrets("whsec_2", null));
    }

    @Test
    void secondRotationMakesTheSecondSecretThePreviousOne() {
        store.insertMerchant(new Merchant(ALPHA, NOW), "hash-1", "whsec_1");
        store.rotateSecret(ALPHA, "whsec_2", IN_AN_HOUR);

        store.rotateSecret(ALPHA, "whsec_3", TOMORROW);

        assertThat(store.secrets(ALPHA, IN_AN_HOUR)).contains(new WebhookSecrets("whsec_3", "whsec_2"));
        assertThat(store.secrets(ALPHA, TOMORROW)).contains(new WebhookSecrets("whsec_3", null));
    }
}
