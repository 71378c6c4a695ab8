package io.payout.adapters.rest.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.callback.WebhookSecrets;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {
    /** The Standard Webhooks specification's own example. */
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330;
    private static final byte[] SPEC_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final String CURRENT = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
    private static final String PREVIOUS = "whsec_" + java.util.Base64.getEncoder()
            .encodeToString("previous-secret-key-of-32-bytes!".getBytes(StandardCharsets.US_ASCII));

    @Test
    void signsAsTheStandardWebhooksExampleDoes() {
        String signature = WebhookSigner.signature(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY,
                new WebhookSecrets(SPEC_SECRET, null));

        assertThat(signature).isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void duringARotationTheHeaderHasOneEntryPerSecretNewestFirst() {
        String signature = WebhookSigner.signature("id-1", 1700000000, SPEC_BODY, new WebhookSecrets(CURRENT, PREVIOUS));

        assertThat(signature.split(" ")).hasSize(2);
        assertThat(signature.split(" ")[0]).isEqualTo(WebhookSigner.signature("id-1", 1700000000, SPEC_BODY,
                new WebhookSecrets(CURRENT, null)));
        assertThat(signature.split(" ")[1]).isEqualTo(WebhookSigner.signature("id-1", 1700000000, SPEC_BODY,
                new WebhookSecrets(PREVIOUS, null)));
    }

    @Test
    void aReceiverHoldingEitherSecretOfARotationVerifies() {
        Instant now = Instant.ofEpochSecond(1700000000);
        String signature = WebhookSigner.signature("id-1", now.getEpochSecond(), SPEC_BODY,
                new WebhookSecrets(CURRENT, PREVIOUS));

        assertThat(WebhookSigner.verify(CURRENT, "id-1", "1700000000", signature, SPEC_BODY, now)).isTrue();
        assertThat(WebhookSigner.verify(PREVIOUS, "id-1", "1700000000", signature, SPEC_BODY, now)).isTrue();
        assertThat(WebhookSigner.verify(SPEC_SECRET, "id-1", "1700000000", signature, SPEC_BODY, now)).isFalse();
    }

    @Test
    void aChangedBodyIdOrTimestampDoesNotVerify() {
        Instant now = Instant.ofEpochSecond(1700000000);
        String signature = WebhookSigner.signature("id-1", now.getEpochSecond(), SPEC_BODY,
                new WebhookSecrets(CURRENT, null));

        assertThat(WebhookSigner.verify(CURRENT, "id-2", "1700000000", signature, SPEC_BODY, now)).isFalse();
        assertThat(WebhookSigner.verify(CURRENT, "id-1", "1700000001", signature, SPEC_BODY, now)).isFalse();
        assertThat(WebhookSigner.verify(CURRENT, "id-1", "1700000000", signature,
                "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8), now)).isFalse();
        assertThat(WebhookSigner.verify(CURRENT, "id-1", "1700000000", "v2," + signature.substring(3), SPEC_BODY,
                now)).isFalse();
        assertThat(WebhookSigner.verify(CURRENT, "id-1", "not-a-number", signature, SPEC_BODY, now)).isFalse();
    }

    @Test
    void aTimestampMoreThanFiveMinutesAwayDoesNotVerify() {
        long sent = 1700000000;
        String signature = WebhookSigner.signature("id-1", sent, SPEC_BODY, new WebhookSecrets(CURRENT, null));

        assertThat(WebhookSigner.verify(CURRENT, "id-1", "1700000000", signature, SPEC_BODY,
                Instant.ofEpochSecond(sent + 300))).isTrue();
        assertThat(WebhookSigner.verify(CURRENT, "id-1", "1700000000", signature, SPEC_BODY,
                Instant.ofEpochSecond(sent + 301))).isFalse();
        assertThat(WebhookSigner.verify(CURRENT, "id-1", "1700000000", signature, SPEC_BODY,
                Instant.ofEpochSecond(sent - 301))).isFalse();
    }

    @Test
    void aMalformedSecretFailsWithoutShowingIt() {
        assertThatThrownBy(() -> WebhookSigner.signature("id-1", 1, SPEC_BODY,
                new WebhookSecrets("whsec_not*base64!", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("not*base64!");
    }
}
