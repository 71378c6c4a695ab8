package io.payout.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where callbacks about one fulfillment go, overriding the merchant's configuration ({@code webhookDetails}).
 * {@code customHeader} is kept as the merchant sent it: a JSON object of header names to values, as a string.
 */
public record WebhookTarget(String url, String username, String password, String customHeader) {
    public WebhookTarget {
        InvalidInputException.at("url", () -> checkedUrl(url));
        InvalidInputException.at("username", () -> Text.optional(username, 255));
        InvalidInputException.at("password", () -> Text.optional(password, 255));
        if (customHeader != null && customHeader.length() > 4096) {
            throw new InvalidInputException("customHeader", "must be at most 4096 characters");
        }
    }

    private static String checkedUrl(String url) {
        Text.required(url, 2048);
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new InvalidValueException("must be an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            throw new InvalidValueException("must be an absolute http or https URL");
        }
        return url;
    }
}
