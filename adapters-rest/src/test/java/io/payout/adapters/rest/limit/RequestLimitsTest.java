package io.payout.adapters.rest.limit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.RawHttp;
import io.payout.adapters.rest.support.TestPayoutApplication;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Body size (1 MB) and Content-Type, as the real server enforces them. */
@ExtendWith(DropwizardExtensionsSupport.class)
class RequestLimitsTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TestPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private static final int TWO_MB = 2 * 1024 * 1024;
    private static ApiClient api;
    private static String key;

    @BeforeAll
    static void setUp() {
        api = new ApiClient(APP.getLocalPort());
        key = APP.<TestPayoutApplication>getApplication().newMerchant("m-limits");
    }

    /** Refused on its Content-Length alone: the answer comes before any of the body is read (or even sent). */
    @Test
    void aBodyOf2MbByContentLengthIs413E01BeforeItIsRead() {
        String[] response = RawHttp.headOnly(APP.getLocalPort(), "POST " + ApiClient.ORDERS + " HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: " + ApiClient.basic(key) + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + TWO_MB);

        assertThat(response[0]).isEqualTo("HTTP/1.1 413 Payload Too Large");
        assertThat(OrderJson.parse(response[1]).path("errorCode").asText()).isEqualTo("E01");
        assertThat(OrderJson.parse(response[1]).path("errorMessage").asText())
                .isEqualTo("request body must be at most 1048576 bytes");
    }

    /** Just over the limit, so that the rest of the body is already in flight when the server answers. */
    @Test
    void aChunkedBodyOver1MbIs413E01WhileItIsRead() {
        byte[] body = padded((int) TestPayoutApplication.MAX_REQUEST_BYTES + 16 * 1024);
        ApiResponse response = api.send(post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.errorCode()).isEqualTo("E01");
    }

    @Test
    void aBodyJustUnder1MbIsRead() {
        ApiResponse response = api.send(post(HttpRequest.BodyPublishers.ofByteArray(padded(1_000_000))));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml"})
    void aBodyThatIsNotJsonByContentTypeIs415E01(String contentType) {
        ApiResponse response = api.send(api.request(ApiClient.ORDERS).header("Authorization", ApiClient.basic(key))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(OrderJson.full("ord-text-1").toString())).build());

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.errorCode()).isEqualTo("E01");
        assertThat(response.errorMessage()).contains("application/json");
    }

    @Test
    void jsonWithACharsetIsAccepted() {
        ApiResponse response = api.send(api.request(ApiClient.ORDERS).header("Authorization", ApiClient.basic(key))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(OrderJson.full("ord-charset-1").toString())).build());

        assertThat(response.status()).isEqualTo(200);
    }

    private HttpRequest post(HttpRequest.BodyPublisher body) {
        return api.request(ApiClient.ORDERS).header("Authorization", ApiClient.basic(key))
                .header("Content-Type", "application/json").POST(body).build();
    }

    /** A valid order whose ignored field {@code padding} brings the body to about {@code size} bytes. */
    private static byte[] padded(int size) {
        String order = OrderJson.full("ord-size-" + size).toString();
        String body = "{\"padding\":\"" + "x".repeat(size - order.length() - 20) + "\"," + order.substring(1);
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
