package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.application.merchant.CreateMerchantService;
import io.payout.application.merchant.RotateApiKeyService;
import io.payout.domain.MerchantId;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The instance remembers keys that worked (auth.keyCacheTtl, here 5 minutes): a key revoked by another process (the
 * {@code merchants} command, here a second pool on the database) keeps working on this instance until the instance
 * forgets it, as docs/operations.md says, while a key it never remembered, and every new key, are read at once.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ApiKeyCacheEndToEndTest {
    private static final String URL = CallbackApps.h2Url("key-cache");
    static final DropwizardAppExtension<PayoutConfiguration> APP = CallbackApps.onH2(URL,
            ConfigOverride.config("engine.enabled", "false"), ConfigOverride.config("callbacks.enabled", "false"),
            ConfigOverride.config("auth.keyCacheTtl", "5 minutes"));
    private static Persistence sideDoor;

    @BeforeAll
    static void openSideDoor() {
        sideDoor = CallbackApps.sideDoor(URL);
    }

    @AfterAll
    static void closeSideDoor() throws Exception {
        sideDoor.close();
    }

    @Test
    void aKeyRevokedElsewhereWorksUntilForgottenWhileUnrememberedAndNewKeysAreReadAtOnce() {
        HttpApi api = new HttpApi(APP.getLocalPort());
        String used = newMerchant("cache-used");
        String unused = newMerchant("cache-unused");
        assertThat(api.get(FuzzRequests.ORDERS, used).statusCode()).isEqualTo(200);

        String replacement = revokeElsewhere("cache-used");
        revokeElsewhere("cache-unused");

        assertThat(api.get(FuzzRequests.ORDERS, used).statusCode()).as("remembered by this instance").isEqualTo(200);
        assertThat(api.get(FuzzRequests.ORDERS, replacement).statusCode()).as("a new key").isEqualTo(200);
        assertThat(api.get(FuzzRequests.ORDERS, unused).statusCode()).as("never remembered").isEqualTo(401);
    }

    private static String newMerchant(String id) {
        return new CreateMerchantService(sideDoor.merchants(), PayoutApplication.CLOCK).createMerchant(new MerchantId(id))
                .apiKey();
    }

    /** As {@code merchants rotate-key} with no grace period would: the old key expires now. */
    private static String revokeElsewhere(String id) {
        return new RotateApiKeyService(sideDoor.merchants(), Duration.ZERO, PayoutApplication.CLOCK)
                .rotateApiKey(new MerchantId(id)).apiKey();
    }
}
