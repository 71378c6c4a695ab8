package io.payout.gateway.razorpayx;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one RazorpayX account; see {@link RazorpayXGatewayPlugin} for the configuration keys. Its
 * {@link #toString()} never shows the credentials.
 *
 * @param baseUrl        the API's origin, without {@code /v1} ({@code base-url})
 * @param keyId          the API key id ({@code key-id})
 * @param keySecret      the API key secret ({@code key-secret})
 * @param accountNumber  the merchant's RazorpayX account number that pays ({@code account-number})
 * @param webhookSecret  the secret webhooks are signed with, absent when webhooks are not used ({@code webhook-secret})
 * @param requestTimeout how long one HTTP exchange may take ({@code request-timeout-ms})
 */
record RazorpayXSettings(URI baseUrl, String keyId, String keySecret, String accountNumber,
                         Optional<String> webhookSecret, Duration requestTimeout) {
    static final String BASE_URL = "base-url";
    static final String KEY_ID = "key-id";
    static final String KEY_SECRET = "key-secret";
    static final String ACCOUNT_NUMBER = "account-number";
    static final String WEBHOOK_SECRET = "webhook-secret";
    static final String REQUEST_TIMEOUT_MS = "request-timeout-ms";
    static final String DEFAULT_BASE_URL = "https://api.razorpay.com";
    static final long DEFAULT_REQUEST_TIMEOUT_MS = 8000;

    static RazorpayXSettings fromConfiguration(Map<String, String> configuration) {
        Objects.requireNonNull(configuration, "configuration");
        return new RazorpayXSettings(
                baseUrl(optional(configuration, BASE_URL).orElse(DEFAULT_BASE_URL)),
                required(configuration, KEY_ID),
                required(configuration, KEY_SECRET),
                required(configuration, ACCOUNT_NUMBER),
                optional(configuration, WEBHOOK_SECRET),
                Duration.ofMillis(timeoutMs(optional(configuration, REQUEST_TIMEOUT_MS))));
    }

    /** The secrets, so that they can be kept out of anything we report. */
    List<String> secrets() {
        List<String> secrets = new ArrayList<>(List.of(keyId, keySecret));
        webhookSecret.ifPresent(secrets::add);
        return secrets;
    }

    @Override
    public String toString() {
        return "RazorpayXSettings[baseUrl=" + baseUrl + ", requestTimeout=" + requestTimeout + "]";
    }

    private static Optional<String> optional(Map<String, String> configuration, String key) {
        return Optional.ofNullable(configuration.get(key)).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static String required(Map<String, String> configuration, String key) {
        return optional(configuration, key).orElseThrow(() -> new IllegalArgumentException(
                "RAZORPAYX gateway configuration '" + key + "' is required"));
    }

    private static URI baseUrl(String value) {
        String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        try {
            URI uri = new URI(trimmed);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below, without the cause's text
        }
        throw new IllegalArgumentException("RAZORPAYX gateway configuration '" + BASE_URL
                + "' must be an http or https URL");
    }

    private static long timeoutMs(Optional<String> value) {
        try {
            long ms = value.map(Long::parseLong).orElse(DEFAULT_REQUEST_TIMEOUT_MS);
            if (ms > 0) {
                return ms;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("RAZORPAYX gateway configuration '" + REQUEST_TIMEOUT_MS
                + "' must be a whole number of milliseconds above zero");
    }
}
