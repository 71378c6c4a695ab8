package io.payout.chaos;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The receiver's signature check, on the Standard Webhooks specification's published example. */
class StandardWebhooksTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final String TIMESTAMP = "1614265330";
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final long NOW = 1614265330 + 10;

    @Test
    void theSpecificationsExampleHolds() {
        assertTrue(StandardWebhooks.verify(SECRET, ID, TIMESTAMP, BODY, SIGNATURE, NOW));
    }

    @Test
    void oneMatchingEntryAmongSeveralHolds() {
        assertTrue(StandardWebhooks.verify(SECRET, ID, TIMESTAMP, BODY,
                "v1,bm90IGl0 " + SIGNATURE, NOW));
    }

    @Test
    void anyChangeBreaksIt() {
        assertFalse(StandardWebhooks.verify(SECRET, ID + "x", TIMESTAMP, BODY, SIGNATURE, NOW));
        assertFalse(StandardWebhooks.verify(SECRET, ID, "1614265331", BODY, SIGNATURE, NOW));
        assertFalse(StandardWebhooks.verify(SECRET, ID, TIMESTAMP, "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8),
                SIGNATURE, NOW));
        assertFalse(StandardWebhooks.verify("whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSx", ID, TIMESTAMP, BODY, SIGNATURE, NOW));
        assertFalse(StandardWebhooks.verify(SECRET, ID, TIMESTAMP, BODY, "v2," + SIGNATURE.substring(3), NOW));
    }

    @Test
    void aTimestampMoreThanFiveMinutesAwayIsRefused() {
        assertFalse(StandardWebhooks.verify(SECRET, ID, TIMESTAMP, BODY, SIGNATURE, 1614265330 + 301));
        assertFalse(StandardWebhooks.verify(SECRET, ID, TIMESTAMP, BODY, SIGNATURE, 1614265330 - 301));
    }

    @Test
    void missingOrGarbledHeadersAreRefusedWithoutThrowing() {
        assertFalse(StandardWebhooks.verify(SECRET, null, TIMESTAMP, BODY, SIGNATURE, NOW));
        assertFalse(StandardWebhooks.verify(SECRET, ID, null, BODY, SIGNATURE, NOW));
        assertFalse(StandardWebhooks.verify(SECRET, ID, TIMESTAMP, BODY, null, NOW));
        assertFalse(StandardWebhooks.verify(SECRET, ID, "soon", BODY, SIGNATURE, NOW));
        assertFalse(StandardWebhooks.verify(SECRET, ID, TIMESTAMP, BODY, "v1,%%%", NOW));
        assertFalse(StandardWebhooks.verify(null, ID, TIMESTAMP, BODY, SIGNATURE, NOW));
    }
}
