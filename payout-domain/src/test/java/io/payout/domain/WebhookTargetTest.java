package io.payout.domain;

import static io.payout.domain.Refusals.refusedOn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetTest {

    private static WebhookTarget at(String url) {
        return new WebhookTarget(url, null, null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://merchant.example/hooks", "http://merchant.example", "https://10.0.0.1:8443/cb?x=1",
            "HTTPS://MERCHANT.EXAMPLE/HOOKS", "https://merchant.example/hooks#frag"})
    void absoluteHttpOrHttpsUrlIsAccepted(String url) {
        assertThat(at(url).url()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://merchant.example/hooks", "file:///etc/passwd", "mailto:ops@merchant.example",
            "javascript:alert(1)", "/hooks", "merchant.example/hooks", "https:///hooks", "https://", "https:hooks",
            "https://merchant example/hooks", "https://merchant.example/ho oks", "   "})
    void otherUrlsAreRefused(String url) {
        refusedOn("url", () -> at(url));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingUrlIsRefused(String url) {
        refusedOn("url", () -> at(url));
    }

    @Test
    void urlLongerThan2048CharactersIsRefused() {
        refusedOn("url", () -> at("https://merchant.example/" + "a".repeat(2048)));
    }

    @Test
    void urlWithAControlCharacterIsRefused() {
        refusedOn("url", () -> at("https://merchant.example/\nhooks"));
    }

    @Test
    void credentialsAndHeadersAreKept() {
        WebhookTarget target = new WebhookTarget("https://m.example/h", "user", "secret", "{\"x-tenant\":\"t1\"}");

        assertThat(target.username()).isEqualTo("user");
        assertThat(target.password()).isEqualTo("secret");
        assertThat(target.customHeader()).isEqualTo("{\"x-tenant\":\"t1\"}");
    }

    @Test
    void usernameOrPasswordTooLongOrWithControlCharactersIsRefused() {
        refusedOn("username", () -> new WebhookTarget("https://m.example/h", "u".repeat(256), null, null));
        refusedOn("password", () -> new WebhookTarget("https://m.example/h", null, "p".repeat(256), null));
        refusedOn("password", () -> new WebhookTarget("https://m.example/h", null, "p\r\n", null));
    }

    @Test
    void customHeaderUpTo4096CharactersIsAccepted() {
        assertThat(new WebhookTarget("https://m.example/h", null, null, "h".repeat(4096)).customHeader()).hasSize(4096);
    }

    @Test
    void customHeaderLongerThan4096CharactersIsRefused() {
        refusedOn("customHeader", () -> new WebhookTarget("https://m.example/h", null, null, "h".repeat(4097)));
    }

    @Test
    void nestedErrorsNameTheFullPath() {
        refusedOn("fulfillments[0].additionalInfo.webhookDetails.url",
                () -> InvalidInputException.at("fulfillments[0].additionalInfo.webhookDetails", () -> at("ftp://x")));
    }
}
