package io.payout.gateway.cashfree;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The CASHFREE gateway's configuration section; see {@link CashfreeGatewayPlugin} for the keys. A missing, null or
 * blank value is absent; a bad or missing required value is an {@link IllegalArgumentException} naming its key,
 * never its value. {@link #toString()} leaves the credentials out.
 */
record CashfreeSettings(URI baseUrl, String clientId, String clientSecret, String apiVersion,
                        Duration requestTimeout) {
    static final String BASE_URL = "base-url";
    static final String CLIENT_ID = "client-id";
    static final String CLIENT_SECRET = "client-secret";
    static final String API_VERSION = "api-version";
    static final String REQUEST_TIMEOUT_MS = "request-timeout-ms";

    static final String DEFAULT_BASE_URL = "https://api.cashfree.com/payout";
    static final String DEFAULT_API_VERSION = "2024-01-01";
    static final long DEFAULT_REQUEST_TIMEOUT_MS = 8000;

    CashfreeSettings {
        Objects.requireNonNull(baseUrl, BASE_URL);
        Objects.requireNonNull(clientId, CLIENT_ID);
        Objects.requireNonNull(clientSecret, CLIENT_SECRET);
        Objects.requireNonNull(apiVersion, API_VERSION);
        Objects.requireNonNull(requestTimeout, REQUEST_TIMEOUT_MS);
    }

    static CashfreeSettings fromConfiguration(Map<String, String> configuration) {
        Objects.requireNonNull(configuration, "configuration");
        return new CashfreeSettings(
                baseUrl(text(configuration, BASE_URL).orElse(DEFAULT_BASE_URL)),
                required(configuration, CLIENT_ID),
                required(configuration, CLIENT_SECRET),
                text(configuration, API_VERSION).orElse(DEFAULT_API_VERSION),
                Duration.ofMillis(timeoutMs(configuration)));
    }

    @Override
    public String toString() {
        return "CashfreeSettings[baseUrl=" + baseUrl + ", apiVersion=" + apiVersion
                + ", requestTimeout=" + requestTimeout + ", credentials=<hidden>]";
    }

    private static URI baseUrl(String value) {
        try {
            URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw bad(BASE_URL, "an http or https URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw bad(BASE_URL, "an http or https URL");
        }
    }

    private static long timeoutMs(Map<String, String> configuration) {
        Optional<String> value = text(configuration, REQUEST_TIMEOUT_MS);
        try {
            long ms = value.map(Long::parseLong).orElse(DEFAULT_REQUEST_TIMEOUT_MS);
            if (ms <= 0) {
                throw bad(REQUEST_TIMEOUT_MS, "a whole number of milliseconds above 0");
            }
            return ms;
        } catch (NumberFormatException e) {
            throw bad(REQUEST_TIMEOUT_MS, "a whole number of milliseconds above 0");
        }
    }

    private static String required(Map<String, String> configuration, String key) {
        return text(configuration, key).orElseThrow(
                () -> new IllegalArgumentException("CASHFREE gateway configuration '" + key + "' is required"));
    }

    private static Optional<String> text(Map<String, String> configuration, String key) {
        return Optional.ofNullable(configuration.get(key)).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static IllegalArgumentException bad(String key, String expected) {
        return new IllegalArgumentException("CASHFREE gateway configuration '" + key + "' must be " + expected);
    }
}
