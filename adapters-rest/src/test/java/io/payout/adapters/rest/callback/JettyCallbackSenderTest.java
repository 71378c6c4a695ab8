package io.payout.adapters.rest.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.callback.PendingCallback;
import io.payout.application.callback.SendResult;
import io.payout.application.callback.WebhookSecrets;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Posts to a real HTTP server on 127.0.0.1 (loopback allowed, as a local deployment would allow it). */
class JettyCallbackSenderTest {
    private static final String CURRENT = "whsec_" + Base64.getEncoder()
            .encodeToString("current-secret-key-32-bytes-long".getBytes(StandardCharsets.US_ASCII));
    private static final String PREVIOUS = "whsec_" + Base64.getEncoder()
            .encodeToString("previous-secret-key-of-32-bytes!".getBytes(StandardCharsets.US_ASCII));
    private static final WebhookSecrets SECRETS = new WebhookSecrets(CURRENT, null);
    private static final Instant NOW = Instant.parse("2026-11-25T09:30:00Z");
    private static final CallbackSenderSettings LOCAL = new CallbackSenderSettings(Duration.ofSeconds(5), 4, true,
            false, "payout-test-agent/1");
    private Receiver receiver;
    private JettyCallbackSender sender;

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
        sender = new JettyCallbackSender(LOCAL, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() throws Exception {
        sender.close();
        receiver.close();
    }

    @Test
    void postsTheCallbackBodyAsJsonWithTheStandardWebhooksHeaders() throws Exception {
        PendingCallback callback = callback("/hooks", null, null, null);

        SendResult result = send(callback, SECRETS);

        assertThat(result.attempt().httpStatus()).isEqualTo(200);
        assertThat(result.attempt().delivered()).isTrue();
        assertThat(result.attempt().error()).isNull();
        assertThat(result.permanent()).isFalse();
        assertThat(result.attempt().startedAt()).isEqualTo(NOW);
        assertThat(result.attempt().duration()).isPositive();
        Receiver.Received request = receiver.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/hooks");
        assertThat(request.body()).isEqualTo(CallbackBody.of(callback));
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("User-Agent")).isEqualTo("payout-test-agent/1");
        assertThat(request.header("webhook-id")).isEqualTo(callback.id());
        assertThat(request.header("webhook-timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(request.header("webhook-signature")).matches("v1,[A-Za-z0-9+/]{43}=");
        assertThat(request.header("Authorization")).isNull();
        assertThat(request.header("Accept-Encoding")).isNull();
        assertThat(request.header("Cookie")).isNull();
        assertThat(WebhookSigner.verify(CURRENT, request.header("webhook-id"), request.header("webhook-timestamp"),
                request.header("webhook-signature"), request.body(), NOW)).isTrue();
    }

    @Test
    void duringASecretRotationTheSignatureVerifiesWithEitherSecret() throws Exception {
        send(callback("/hooks", null, null, null), new WebhookSecrets(CURRENT, PREVIOUS));

        Receiver.Received request = receiver.only();
        String signature = request.header("webhook-signature");
        assertThat(signature.split(" ")).hasSize(2);
        for (String secret : new String[] {CURRENT, PREVIOUS}) {
            assertThat(WebhookSigner.verify(secret, request.header("webhook-id"), request.header("webhook-timestamp"),
                    signature, request.body(), NOW.plusSeconds(30))).as(secret.substring(0, 10)).isTrue();
        }
    }

    @Test
    void aTargetWithAUsernameGetsHttpBasicWithItsPassword() throws Exception {
        send(callback("/hooks", "hook-user", "hook-pass", null), SECRETS);

        assertThat(receiver.only().header("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("hook-user:hook-pass".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aUsernameWithoutAPasswordIsSentWithAnEmptyPassword() throws Exception {
        send(callback("/hooks", "hook-user", null, null), SECRETS);

        assertThat(receiver.only().header("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("hook-user:".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void customHeadersAreSentButCannotOverrideTheSendersOwn() throws Exception {
        String customHeader = "{\"x-tenant\":\"t1\",\"X-Api-Version\":\"2\",\"x-number\":7,"
                + "\"Content-Type\":\"text/plain\",\"Authorization\":\"Bearer stolen\",\"User-Agent\":\"evil\","
                + "\"webhook-id\":\"forged\",\"webhook-signature\":\"v1,forged\",\"Host\":\"internal.example\"}";
        PendingCallback callback = callback("/hooks", "hook-user", "hook-pass", customHeader);

        send(callback, SECRETS);

        Receiver.Received request = receiver.only();
        assertThat(request.header("x-tenant")).isEqualTo("t1");
        assertThat(request.header("X-Api-Version")).isEqualTo("2");
        assertThat(request.header("x-number")).isNull();
        assertThat(request.headers().get("Content-Type")).containsExactly("application/json");
        assertThat(request.headers().get("Authorization")).singleElement().asString().startsWith("Basic ");
        assertThat(request.headers().get("User-Agent")).containsExactly("payout-test-agent/1");
        assertThat(request.headers().get("webhook-id")).containsExactly(callback.id());
        assertThat(request.header("webhook-signature")).doesNotContain("forged");
        assertThat(request.headers().get("Host")).containsExactly("127.0.0.1:" + receiver.port());
    }

    @Test
    void aServerErrorIsAnAnswerThatIsNotADelivery() throws Exception {
        receiver.answer("/hooks", Receiver.Answer.status(500));

        SendResult result = send(callback("/hooks", null, null, null), SECRETS);

        assertThat(result.attempt().httpStatus()).isEqualTo(500);
        assertThat(result.attempt().delivered()).isFalse();
        assertThat(result.attempt().error()).isNull();
        assertThat(result.permanent()).isFalse();
        assertThat(result.retryAfter()).isNull();
    }

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        receiver.answer("/hooks", new Receiver.Answer(302, Map.of("Location", receiver.url("/elsewhere")), 0, 0));

        SendResult result = send(callback("/hooks", null, null, null), SECRETS);

        assertThat(result.attempt().httpStatus()).isEqualTo(302);
        assertThat(result.attempt().delivered()).isFalse();
        assertThat(receiver.received()).extracting(Receiver.Received::path).containsExactly("/hooks");
    }

    @Test
    void anAuthenticationChallengeIsAnAnswerAndIsNotRetriedWithOtherCredentials() throws Exception {
        receiver.answer("/hooks", new Receiver.Answer(401, Map.of("WWW-Authenticate", "Basic realm=\"hooks\""), 0, 0));

        SendResult result = send(callback("/hooks", "hook-user", "wrong", null), SECRETS);

        assertThat(result.attempt().httpStatus()).isEqualTo(401);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void cookiesSetByOneResponseAreNotSentWithTheNext() throws Exception {
        receiver.answer("/hooks", new Receiver.Answer(200, Map.of("Set-Cookie", "session=abc; Path=/"), 0, 0));

        send(callback("/hooks", null, null, null), SECRETS);
        send(callback("/hooks", null, null, null), SECRETS);

        assertThat(receiver.received()).hasSize(2);
        assertThat(receiver.received().get(1).header("Cookie")).isNull();
    }

    @Test
    void anAnswerSlowerThanTheTimeoutIsATimeoutWithoutStatus() throws Exception {
        receiver.answer("/slow", new Receiver.Answer(200, Map.of(), 0, 3_000));
        try (JettyCallbackSender impatient = new JettyCallbackSender(LOCAL.withTimeout(Duration.ofMillis(300)),
                Clock.fixed(NOW, ZoneOffset.UTC))) {
            long started = System.nanoTime();

            SendResult result = impatient.send(callback("/slow", null, null, null), SECRETS).get(10, TimeUnit.SECONDS);

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(result.attempt().httpStatus()).isNull();
            assertThat(result.attempt().error()).isEqualTo("timed out after 300 ms");
            assertThat(result.attempt().duration()).isBetween(Duration.ofMillis(250), Duration.ofSeconds(2));
            assertThat(result.permanent()).isFalse();
        }
    }

    @Test
    void retryAfterInSecondsIsPassedOn() throws Exception {
        receiver.answer("/hooks", new Receiver.Answer(503, Map.of("Retry-After", "120"), 0, 0));

        SendResult result = send(callback("/hooks", null, null, null), SECRETS);

        assertThat(result.attempt().httpStatus()).isEqualTo(503);
        assertThat(result.retryAfter()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void retryAfterAsAnHttpDateIsTheWaitUntilThen() throws Exception {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(90).atZone(ZoneOffset.UTC));
        receiver.answer("/hooks", new Receiver.Answer(429, Map.of("Retry-After", date), 0, 0));

        SendResult result = send(callback("/hooks", null, null, null), SECRETS);

        assertThat(result.attempt().httpStatus()).isEqualTo(429);
        assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aLargeResponseBodyIsDiscardedAndTheStatusStillCounts() throws Exception {
        receiver.answer("/hooks", new Receiver.Answer(200, Map.of("Content-Type", "text/plain"), 5 * 1024 * 1024, 0));

        SendResult result = send(callback("/hooks", null, null, null), SECRETS);

        assertThat(result.attempt().httpStatus()).isEqualTo(200);
        assertThat(result.attempt().delivered()).isTrue();
    }

    @Test
    void aClosedPortIsAConnectionErrorWithoutStatus() throws Exception {
        String url;
        try (Receiver gone = new Receiver()) {
            url = gone.url("/hooks");
        }

        SendResult result = send(callback(url, null, null, null), SECRETS);

        assertThat(result.attempt().httpStatus()).isNull();
        assertThat(result.attempt().error()).isEqualTo("connection refused");
        assertThat(result.permanent()).isFalse();
    }

    @Test
    void aLoopbackTargetIsRefusedPermanentlyUnlessAllowed() throws Exception {
        try (JettyCallbackSender guarded = new JettyCallbackSender(CallbackSenderSettings.defaults(),
                Clock.fixed(NOW, ZoneOffset.UTC))) {
            SendResult byAddress = guarded.send(callback("/hooks", null, null, null), SECRETS).get(10, TimeUnit.SECONDS);
            SendResult byName = guarded.send(callback("http://localhost:" + receiver.port() + "/hooks", null, null,
                    null), SECRETS).get(10, TimeUnit.SECONDS);

            assertThat(byAddress.permanent()).isTrue();
            assertThat(byAddress.attempt().httpStatus()).isNull();
            assertThat(byAddress.attempt().error()).isEqualTo("target refused: 127.0.0.1 resolves to a loopback address");
            assertThat(byName.permanent()).isTrue();
            assertThat(byName.attempt().error()).isEqualTo("target refused: localhost resolves to a loopback address");
            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void aPrivateAddressIsRefusedWithoutConnectingEvenWhenLoopbackIsAllowed() throws Exception {
        for (String url : new String[] {"http://10.0.0.1:8080/hooks", "http://192.168.1.20/hooks",
                "http://[fd00::5]/hooks", "http://169.254.169.254/latest/meta-data"}) {
            SendResult result = send(callback(url, null, null, null), SECRETS);

            assertThat(result.permanent()).as(url).isTrue();
            assertThat(result.attempt().httpStatus()).as(url).isNull();
            assertThat(result.attempt().error()).as(url).startsWith("target refused: ");
        }
    }

    @Test
    void aSenderThatCannotSignStillCompletesWithAnError() throws Exception {
        SendResult result = send(callback("/hooks", null, null, null), new WebhookSecrets("whsec_***not-base64***",
                null));

        assertThat(result.attempt().httpStatus()).isNull();
        assertThat(result.attempt().error()).startsWith("not sent: ").doesNotContain("not-base64");
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void aClosedSenderStillCompletesEveryFuture() throws Exception {
        sender.close();

        SendResult result = send(callback("/hooks", null, null, null), SECRETS);

        assertThat(result.attempt().httpStatus()).isNull();
        assertThat(result.attempt().error()).isNotBlank();
    }

    private SendResult send(PendingCallback callback, WebhookSecrets secrets) throws Exception {
        return sender.send(callback, secrets).get(10, TimeUnit.SECONDS);
    }

    /** A callback to {@code pathOrUrl} (a path on the receiver, or a whole URL). */
    private PendingCallback callback(String pathOrUrl, String username, String password, String customHeader) {
        String url = pathOrUrl.startsWith("/") ? receiver.url(pathOrUrl) : pathOrUrl;
        return CallbackFixtures.pending(url, username, password, customHeader);
    }
}
