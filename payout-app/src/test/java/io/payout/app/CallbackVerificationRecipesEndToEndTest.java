package io.payout.app;

import static io.payout.app.CallbackChecks.labelValues;
import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.callback.WebhookSigner;
import io.payout.app.CallbackReceiver.Received;
import io.payout.domain.WebhookTarget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The receiver-side recipes of docs/callbacks.md, run on a callback the application really sent: the openssl
 * pipeline (taken from the document itself and run with bash) and the Java {@code verify} (copied here verbatim).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CallbackVerificationRecipesEndToEndTest {
    private static final Path DOC = Path.of("..", "docs", "callbacks.md");
    private static final Path THIS_SOURCE = Path.of("src", "test", "java", "io", "payout", "app",
            "CallbackVerificationRecipesEndToEndTest.java");
    private static final Pattern FENCED = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);
    private static final String URL = CallbackApps.h2Url("callback-recipes");
    static final DropwizardAppExtension<PayoutConfiguration> APP = CallbackApps.onH2(URL);

    private static Persistence sideDoor;
    private static CallbackReceiver receiver;
    private static CallbackMerchant merchant;
    private static Received callback;

    @TempDir
    Path dir;

    @BeforeAll
    static void captureARealCallback() throws Exception {
        sideDoor = CallbackApps.sideDoor(URL);
        receiver = CallbackReceiver.start();
        merchant = CallbackMerchant.create(sideDoor, new HttpApi(APP.getLocalPort()))
                .subscribe(sideDoor, new WebhookTarget(receiver.url("/hooks"), null, null, null));
        String orderId = merchant.createOrder(CallbackOrderJson.order("recipe-1", "7.00"));
        callback = receiver.awaitOfOrder(orderId, "the transaction's success", Duration.ofSeconds(20),
                r -> labelValues(r).contains("FULFILLMENT_TXN SUCCESS")).stream()
                .filter(r -> r.labelValue().equals("FULFILLMENT_TXN SUCCESS")).findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() throws Exception {
        receiver.close();
        sideDoor.close();
    }

    @Test
    void theDocumentsOpensslRecipeComputesTheSignatureInTheHeader() throws Exception {
        String signature = callback.header(WebhookSigner.SIGNATURE_HEADER);
        assertThat(signature).startsWith("v1,");

        assertThat(openssl(callback.body())).isEqualTo(signature.substring("v1,".length()));
        byte[] tampered = callback.bodyText().replace("\"SUCCESS\"", "\"FAILURE\"").getBytes(StandardCharsets.UTF_8);
        assertThat(openssl(tampered)).as("a tampered body").isNotEqualTo(signature.substring("v1,".length()));
    }

    @Test
    void theDocumentsJavaVerifyAcceptsARealCallbackAndRejectsATamperedOne() throws Exception {
        String id = callback.header(WebhookSigner.ID_HEADER);
        String timestamp = callback.header(WebhookSigner.TIMESTAMP_HEADER);
        String signature = callback.header(WebhookSigner.SIGNATURE_HEADER);

        assertThat(verify(merchant.webhookSecret(), id, timestamp, callback.bodyText(), signature)).isTrue();
        assertThat(verify(merchant.webhookSecret(), id, timestamp,
                callback.bodyText().replace("\"SUCCESS\"", "\"FAILURE\""), signature)).isFalse();
        assertThat(verify(merchant.webhookSecret(), id + "0", timestamp, callback.bodyText(), signature)).isFalse();
        assertThat(verify(merchant.webhookSecret(), id, Long.toString(Long.parseLong(timestamp) - 400),
                callback.bodyText(), signature)).as("a timestamp out of tolerance").isFalse();
    }

    @Test
    void theJavaVerifyThisTestRunsIsTheDocumentsVerbatim() throws Exception {
        String documented = block("java", "static boolean verify").lines()
                .filter(line -> !line.startsWith("import ") && !line.isBlank()).map(String::strip)
                .collect(Collectors.joining("\n"));
        String here = Files.readString(THIS_SOURCE).lines().map(String::strip).collect(Collectors.joining("\n"));
        assertThat(here).contains(documented);
    }

    @Test
    void theReadmeShowsTheDocumentsOpensslRecipe() throws Exception {
        assertThat(Files.readString(Path.of("..", "README.md"))).contains(block("bash", "openssl dgst"));
    }

    /** Runs the document's openssl block with bash, in a directory holding {@code body} as body.json. */
    private String openssl(byte[] body) throws Exception {
        Files.write(dir.resolve("body.json"), body);
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", block("bash", "openssl dgst")).directory(dir.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        bash.environment().put("WEBHOOK_SECRET", merchant.webhookSecret());
        bash.environment().put("WEBHOOK_ID", callback.header(WebhookSigner.ID_HEADER));
        bash.environment().put("WEBHOOK_TIMESTAMP", callback.header(WebhookSigner.TIMESTAMP_HEADER));
        Process process = bash.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("stderr.txt"))).isZero();
        return out;
    }

    /** The fenced block of docs/callbacks.md in {@code language} that contains {@code text}. */
    private static String block(String language, String text) throws Exception {
        Matcher blocks = FENCED.matcher(Files.readString(DOC));
        List<String> found = blocks.results().filter(b -> b.group(1).equals(language) && b.group(2).contains(text))
                .map(b -> b.group(2)).toList();
        assertThat(found).as("%s blocks of %s with %s", language, DOC.toAbsolutePath(), text).hasSize(1);
        return found.get(0);
    }

    // ---- docs/callbacks.md, "Java (JDK only)", verbatim ----

    static boolean verify(String secret, String id, String timestamp, String body, String signatures)
            throws Exception {
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        for (String signature : signatures.split(" ")) {
            if (signature.startsWith("v1,")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }
}
