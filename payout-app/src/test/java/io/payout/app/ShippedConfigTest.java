package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.testing.ConfigOverride;
import io.payout.app.config.DatabaseSettings;
import io.payout.application.merchant.CreateMerchantService;
import io.payout.domain.MerchantId;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox {@code config.yml} as shipped starts the service: its embedded database URL (moved into a temporary
 * directory), its engine and its gateways, on free ports.
 */
class ShippedConfigTest {
    private static final Path CONFIG = Path.of("..", "config.yml").toAbsolutePath().normalize();

    @TempDir
    Path dir;
    private String embedded;

    private DropwizardTestSupport<PayoutConfiguration> start() throws Exception {
        String yaml = Files.readString(CONFIG);
        Matcher url = Pattern.compile("\\$\\{PAYOUT_DB_URL:-(jdbc:h2:[^}]*)}").matcher(yaml);
        assertThat(url.find()).as("config.yml's default database URL").isTrue();
        embedded = url.group(1).replace("./data/", dir.toAbsolutePath() + "/data/");

        DropwizardTestSupport<PayoutConfiguration> app = new DropwizardTestSupport<>(PayoutApplication.class,
                CONFIG.toString(), ConfigOverride.config("database.url", embedded),
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"));
        app.before();
        return app;
    }

    @Test
    void theSandboxConfigurationStartsAndServesAHealthyService() throws Exception {
        DropwizardTestSupport<PayoutConfiguration> app = start();
        try {
            var health = new HttpApi(app.getAdminPort()).get("/healthcheck", null);
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(health.body()).contains("DUMMY_IMPS");
        } finally {
            app.after();
        }
    }

    /**
     * The failed-authentication limit of config.yml (20 per minute per address, one forgiven every 3 s): a client
     * guessing keys is refused with 429 after its 20th failure (a few more if the machine took seconds to send them),
     * then even with a valid key.
     */
    @Test
    void aClientGuessingKeysIsCutOffAfterTwentyFailures() throws Exception {
        DropwizardTestSupport<PayoutConfiguration> app = start();
        try {
            String key = merchant("guessed");
            HttpApi api = new HttpApi(app.getLocalPort());
            long started = System.nanoTime();
            int refused = 0;
            int status = 401;
            while (status == 401 && refused < 40) {
                status = api.get("/payout/merchant/v1/orders", String.format("%064x", refused)).statusCode();
                refused += status == 401 ? 1 : 0;
            }
            long forgiven = Duration.ofNanos(System.nanoTime() - started).toSeconds() / 3;

            assertThat(status).isEqualTo(429);
            assertThat(refused).isBetween(20, 20 + (int) forgiven);
            assertThat(api.get("/payout/merchant/v1/orders", key).statusCode()).isEqualTo(429);
        } finally {
            app.after();
        }
    }

    private String merchant(String id) throws Exception {
        Persistence persistence = Persistence.open(new DatabaseSettings(embedded, "sa", ""), new MetricRegistry());
        try {
            return new CreateMerchantService(persistence.merchants(), PayoutApplication.CLOCK)
                    .createMerchant(new MerchantId(id)).apiKey();
        } finally {
            persistence.close();
        }
    }

    /**
     * The Jetty limits of config.yml: a client trickling its body (a byte every 200 ms, far under 256 bytes/s) is cut
     * off long before it could finish, and request headers over 8 KiB are refused with 431; the API answers others
     * meanwhile.
     */
    @Test
    void aTricklingClientIsCutOffAndOversizedHeadersAreRefused() throws Exception {
        DropwizardTestSupport<PayoutConfiguration> app = start();
        try {
            int port = app.getLocalPort();
            String key;
            Persistence persistence = Persistence.open(new DatabaseSettings(embedded, "sa", ""), new MetricRegistry());
            try {
                key = new CreateMerchantService(persistence.merchants(), PayoutApplication.CLOCK)
                        .createMerchant(new MerchantId("trickle")).apiKey();
            } finally {
                persistence.close();
            }
            String auth = Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
            try (Socket slow = new Socket("127.0.0.1", port)) {
                slow.setSoTimeout(200);
                OutputStream out = slow.getOutputStream();
                out.write(("POST /payout/merchant/v1/orders HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                        + "\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
                String answer = null;
                while (answer == null && System.nanoTime() < deadline) {
                    try {
                        out.write(' ');
                        out.flush();
                    } catch (IOException closed) {
                        answer = "closed";
                        break;
                    }
                    answer = readSome(slow);
                }
                assertThat(answer).as("the trickling client was answered or cut off within 40 s").isNotNull();
                assertThat(answer).as("cut off (408) or closed, not answered as a complete bad request")
                        .satisfiesAnyOf(a -> assertThat(a).isEqualTo("closed"),
                                a -> assertThat(a).startsWith("HTTP/1.1 408"));
            }

            HttpURLConnection big = (HttpURLConnection) new URL("http://127.0.0.1:" + port
                    + "/payout/merchant/v1/orders/x").openConnection();
            big.setRequestProperty("X-Padding", "p".repeat(9 * 1024));
            assertThat(big.getResponseCode()).isEqualTo(431);

            var health = new HttpApi(app.getAdminPort()).get("/healthcheck", null);
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(new HttpApi(port).get("/payout/openapi.yaml", null).statusCode()).isEqualTo(200);
        } finally {
            app.after();
        }
    }

    /** What the server sent so far (null if nothing within the socket's timeout), or "closed" at its end. */
    private static String readSome(Socket socket) throws IOException {
        byte[] buffer = new byte[512];
        try {
            int n = socket.getInputStream().read(buffer);
            return n < 0 ? "closed" : new String(buffer, 0, n, StandardCharsets.US_ASCII);
        } catch (SocketTimeoutException nothingYet) {
            return null;
        } catch (IOException reset) {
            return "closed";
        }
    }
}
