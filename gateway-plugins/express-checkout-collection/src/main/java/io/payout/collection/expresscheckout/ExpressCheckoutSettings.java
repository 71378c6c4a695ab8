package io.payout.collection.expresscheckout;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one Express Checkout merchant account; see {@link ExpressCheckoutPlugin} for the configuration keys.
 * Its {@link #toString()} never shows the credentials.
 *
 * @param baseUrl         the API's origin, e.g. {@code https://sandbox.juspay.in} ({@code base-url})
 * @param apiKey          the API key, sent as the HTTP Basic user with an empty password ({@code api-key})
 * @param merchantId      sent as {@code x-merchantid} ({@code merchant-id})
 * @param webhookUsername the HTTP Basic user webhooks must carry ({@code webhook-username})
 * @param webhookPassword the HTTP Basic password webhooks must carry ({@code webhook-password})
 * @param timeout         how long one HTTP exchange may take ({@code timeout-ms})
 * @param returnUrl       where the payment page sends the user back to, if anywhere ({@code return-url})
 */
record ExpressCheckoutSettings(URI baseUrl, String apiKey, String merchantId, String webhookUsername,
                               String webhookPassword, Duration timeout, Optional<String> returnUrl) {
    static final String BASE_URL = "base-url";
    static final String API_KEY = "api-key";
    static final String MERCHANT_ID = "merchant-id";
    static final String WEBHOOK_USERNAME = "webhook-username";
    static final String WEBHOOK_PASSWORD = "webhook-password";
    static final String TIMEOUT_MS = "timeout-ms";
    static final String RETURN_URL = "return-url";
    static final long DEFAULT_TIMEOUT_MS = 10_000;

    static ExpressCheckoutSettings fromConfiguration(Map<String, String> configuration) {
        Objects.requireNonNull(configuration, "configuration");
        Optional<String> returnUrl = optional(configuration, RETURN_URL);
        returnUrl.ifPresent(url -> httpUrl(RETURN_URL, url));
        return new ExpressCheckoutSettings(
                httpUrl(BASE_URL, required(configuration, BASE_URL)),
                required(configuration, API_KEY),
                required(configuration, MERCHANT_ID),
                required(configuration, WEBHOOK_USERNAME),
                required(configuration, WEBHOOK_PASSWORD),
                Duration.ofMillis(timeoutMs(optional(configuration, TIMEOUT_MS))),
                returnUrl);
    }

    /** The secrets, so that they can be kept out of anything we report. */
    List<String> secrets() {
        return List.of(apiKey, webhookPassword);
    }

    @Override
    public String toString() {
        return "ExpressCheckoutSettings[baseUrl=" + baseUrl + ", merchantId=" + merchantId + ", timeout=" + timeout
                + ", returnUrl=" + returnUrl.isPresent() + "]";
    }

    private static Optional<String> optional(Map<String, String> configuration, String key) {
        return Optional.ofNullable(configuration.get(key)).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static String required(Map<String, String> configuration, String key) {
        return optional(configuration, key).orElseThrow(() -> refused(key, "is required"));
    }

    private static URI httpUrl(String key, String value) {
        String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        try {
            URI uri = new URI(trimmed);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, without the cause's text
        }
        throw refused(key, "must be an http or https URL");
    }

    private static long timeoutMs(Optional<String> value) {
        try {
            long ms = value.map(Long::parseLong).orElse(DEFAULT_TIMEOUT_MS);
            if (ms > 0) {
                return ms;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw refused(TIMEOUT_MS, "must be a whole number of milliseconds above zero");
    }

    private static IllegalArgumentException refused(String key, String what) {
        return new IllegalArgumentException(
                ExpressCheckoutPlugin.PROVIDER_ID + " collection configuration '" + key + "' " + what);
    }
}
